import crypto from "node:crypto";
import type { ClaimInput } from "./schemas";

/** JSON with object keys sorted, so the same claim always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * What a submission id was first used for: the parsed claim, so harmless differences (spacing,
 * key order, invisible characters) do not count. A replay with the same id must carry the same
 * hash to get the original case number and tracking code back. Photos are not part of it: the
 * form's draft survives a reload but its photo files do not, and a family resending after a lost
 * answer must still get their code (docs/decisions/070-replay-and-idempotency-first.md).
 */
export function submissionHash(input: ClaimInput): string {
  return crypto.createHash("sha256").update(canonical(input)).digest("hex");
}
