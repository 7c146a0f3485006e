import { describe, expect, it } from "vitest";
import { changedFields } from "./audit-event";

describe("changedFields", () => {
  it("keeps only the fields an update changed, before and after", () => {
    expect(
      changedFields(
        { name: "Ana", role: "POLICE", regionId: null, at: new Date("2026-01-01T00:00:00Z") },
        { name: "Ana", role: "NGO", regionId: "r1", at: new Date("2026-01-01T00:00:00Z") },
      ),
    ).toEqual({ before: { role: "POLICE", regionId: null }, after: { role: "NGO", regionId: "r1" } });
  });

  it("keeps every field of a creation or removal, dates as ISO strings", () => {
    expect(changedFields(null, { email: "a@b.test", expiresAt: new Date("2026-03-01T00:00:00Z") })).toEqual({
      before: null,
      after: { email: "a@b.test", expiresAt: "2026-03-01T00:00:00.000Z" },
    });
    expect(changedFields({ name: "X" }, null)).toEqual({ before: { name: "X" }, after: null });
  });

  it("never keeps a password, a hash or a secret, whatever the caller passes", () => {
    const out = changedFields(
      { password: "old", passwordHash: "h1", secretHash: "s1" },
      {
        password: "new",
        passwordHash: "h2",
        secretHash: "s2",
        certificateCodeHash: "c",
        token: "t",
        name: "n",
      },
    );
    expect(out).toEqual({ before: { name: null }, after: { name: "n" } });
  });
});
