import { describe, expect, it } from "vitest";
import { sealTrackState, unsealTrackState } from "./track-session";

describe("track cookie", () => {
  const state = { caseNumber: "BO-2026-000123", trackingCode: "7K3M-Q9XP-2D4F" };

  it("round-trips, and does not show the code in the cookie value", () => {
    const sealed = sealTrackState(state);
    expect(unsealTrackState(sealed)).toEqual(state);
    expect(sealed).not.toContain("7K3M");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("BO-2026");
    expect(sealTrackState(state)).not.toBe(sealed);
  });

  it("refuses anything tampered with or made up", () => {
    const sealed = Buffer.from(sealTrackState(state), "base64url");
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 1, sealed.length - 1);
    expect(unsealTrackState(sealed.toString("base64url"))).toBeNull();
    expect(unsealTrackState(Buffer.from(JSON.stringify(state)).toString("base64url"))).toBeNull();
    expect(unsealTrackState("")).toBeNull();
    expect(unsealTrackState(undefined)).toBeNull();
  });
});
