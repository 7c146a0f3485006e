import "server-only";
// Reads a session token as next-auth's `decode` (next-auth/jwt) does — a JWE, "dir" + A256GCM,
// under a key derived with HKDF-SHA256 from the secret, 15 s of clock tolerance — but derives
// that key once per secret instead of on every call. In the built server bundle next-auth's
// HKDF (@panva/hkdf) ran on every request and showed up as the largest single JavaScript cost
// of the lookup's profile at 1M cases (docs/BENCHMARKS.md, 2026-12-06); the key depends only
// on the secret, so nothing is lost by keeping it.
import crypto from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

// next-auth's info string for the default salt "" (the portal never sets one: session-cookie.ts).
const INFO = "NextAuth.js Generated Encryption Key";

let cached: { secret: string; key: Uint8Array } | null = null;

function keyFor(secret: string): Uint8Array {
  if (cached?.secret !== secret) {
    cached = { secret, key: new Uint8Array(crypto.hkdfSync("sha256", secret, "", INFO, 32)) };
  }
  return cached.key;
}

/** The token's claims, or null when it does not decrypt under `secret` or has expired. */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), {
      clockTolerance: 15,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return payload;
  } catch {
    return null;
  }
}
