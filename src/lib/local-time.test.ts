import { describe, expect, it } from "vitest";
import { localToUtc } from "./local-time";

describe("localToUtc", () => {
  it("reads the date and time as the wall clock of the country", () => {
    expect(localToUtc("2026-10-02", "17:30", "BO").toISOString()).toBe("2026-10-02T21:30:00.000Z");
    expect(localToUtc("2026-10-02", "17:30", "BZ").toISOString()).toBe("2026-10-02T23:30:00.000Z");
    expect(localToUtc("2026-10-02", "23:59", "PE").toISOString()).toBe("2026-10-03T04:59:00.000Z");
  });

  it("follows Chile's summer time", () => {
    expect(localToUtc("2026-01-15", "12:00", "CL").toISOString()).toBe("2026-01-15T15:00:00.000Z");
    expect(localToUtc("2026-07-15", "12:00", "CL").toISOString()).toBe("2026-07-15T16:00:00.000Z");
  });

  it("uses local noon when the time is unknown", () => {
    expect(localToUtc("2026-03-01", undefined, "GT").toISOString()).toBe("2026-03-01T18:00:00.000Z");
  });
});
