import { describe, expect, it } from "vitest";
import { bearerToken, newTokenSecret, secretMatches, splitToken } from "./token-secret";

describe("API token secrets", () => {
  it("round-trips: the token splits into its prefix and a secret that matches the stored hash", () => {
    const t = newTokenSecret();
    const parts = splitToken(t.token);
    expect(parts?.prefix).toBe(t.prefix);
    expect(secretMatches(parts!.secret, t.secretHash)).toBe(true);
    expect(t.secretHash).not.toContain(parts!.secret);
  });

  it("refuses another secret, a malformed token and a malformed stored hash", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(secretMatches(splitToken(b.token)!.secret, a.secretHash)).toBe(false);
    expect(splitToken("rtk_short_x")).toBeNull();
    expect(splitToken(`${a.token}x`)).toBeNull();
    expect(secretMatches(splitToken(a.token)!.secret, "abc")).toBe(false);
  });

  it("reads only a well-formed Bearer header", () => {
    const req = (v?: string) => new Request("http://x/", { headers: v ? { authorization: v } : {} });
    expect(bearerToken(req("Bearer abc"))).toBe("abc");
    expect(bearerToken(req("bearer  abc "))).toBe("abc");
    expect(bearerToken(req("Basic abc"))).toBeNull();
    expect(bearerToken(req("Bearer a b"))).toBeNull();
    expect(bearerToken(req())).toBeNull();
  });

  it("makes a different token every time", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newTokenSecret().prefix));
    expect(seen.size).toBe(200);
  });
});
