import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const claims = { sub: "u1", uid: "u1", sv: 3, sid: "s1" };

describe("decodeSessionToken", () => {
  it("reads a token next-auth encoded exactly as next-auth's decode does", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken(token, SECRET)).toEqual(await decode({ token, secret: SECRET }));
    expect(await decodeSessionToken(token, SECRET)).toMatchObject(claims);
  });

  it("refuses a token of another secret, also after its key was derived once", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    const other = await encode({ token: claims, secret: `${SECRET}-other`, maxAge: 60 });
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(other, SECRET)).toBeNull();
    expect(await decodeSessionToken(token, `${SECRET}-other`)).toBeNull();
    expect(await decodeSessionToken(other, `${SECRET}-other`)).toMatchObject(claims);
  });

  it("refuses an expired token (beyond the 15 s tolerance), a tampered one and garbage", async () => {
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await decodeSessionToken(expired, SECRET)).toBeNull();
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    const parts = token.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(await decodeSessionToken([...parts.slice(0, 3), flipped, parts[4]].join("."), SECRET)).toBeNull();
    expect(await decodeSessionToken("not-a-token", SECRET)).toBeNull();
  });
});
