import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalTrackingCode, generateTrackingCode, hashTrackingCode } from "./tracking-code";

describe("tracking codes", () => {
  it("look like XXXX-XXXX-XXXX in Crockford base32", () => {
    for (let i = 0; i < 200; i++)
      expect(generateTrackingCode()).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
      );
  });
  it("are unique in practice", () => {
    const codes = new Set(Array.from({ length: 5000 }, () => generateTrackingCode()));
    expect(codes.size).toBe(5000);
  });
  it("hash the same however the reporter types them", () => {
    const code = generateTrackingCode();
    const typed = code.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
    expect(hashTrackingCode(typed)).toBe(hashTrackingCode(code));
  });
  it("different codes hash differently", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        (a, b) => {
          const ca = generateTrackingCode(() => Buffer.from(a));
          const cb = generateTrackingCode(() => Buffer.from(b));
          expect(hashTrackingCode(ca) === hashTrackingCode(cb)).toBe(ca === cb);
        },
      ),
    );
  });
  it("canonicalizes without inventing characters", () => {
    expect(canonicalTrackingCode(" abcd efgh jkmn ")).toBe("ABCD-EFGH-JKMN");
  });
});
