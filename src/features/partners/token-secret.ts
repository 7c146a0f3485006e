// API token secrets: `rtk_<prefix>_<secret>`. The prefix finds the row (it is shown in lists so
// admins can tell tokens apart); only a SHA-256 of the secret is stored, and it is compared in
// constant time. A token is 32 random bytes: no need for a slow hash, nothing to brute-force.
import crypto from "node:crypto";

const FORMAT = /^rtk_([a-f0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface NewTokenSecret {
  /** The whole token, shown once to the admin who created it and never again. */
  token: string;
  prefix: string;
  secretHash: string;
}

const hash = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

export function newTokenSecret(): NewTokenSecret {
  const prefix = crypto.randomBytes(5).toString("hex");
  const secret = crypto.randomBytes(32).toString("base64url");
  return { token: `rtk_${prefix}_${secret}`, prefix, secretHash: hash(secret) };
}

/** The prefix and secret of a presented token, or null when it is not shaped like one of ours. */
export function splitToken(token: string): { prefix: string; secret: string } | null {
  const m = FORMAT.exec(token.trim());
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hash(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(req: Request): string | null {
  const h = req.headers.get("authorization");
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h.trim()) : null;
  return m ? m[1]! : null;
}
