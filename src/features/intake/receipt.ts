import "server-only";
import crypto from "node:crypto";
import { generateTrackingCode, hashTrackingCode } from "./tracking-code";
import { appSecret } from "@/server/env";

/**
 * A retry of an acknowledged submission (the answer was lost on a bad connection) should still
 * show the reporter their tracking code, yet only the code's hash is stored. So the code is
 * derived from the client's random submission id with a server secret (HMAC): unguessable
 * without both, and the same on every retry. See docs/decisions/010-tracking-code-on-retry.md.
 */
const REPLAY_WINDOW_MS = 72 * 3600 * 1000;

const secret = appSecret;

export function trackingCodeFor(submissionId: string): string {
  const bytes = crypto.createHmac("sha256", secret()).update(`tracking-code:${submissionId}`).digest();
  return generateTrackingCode(() => bytes);
}

/**
 * The code to show again on a retry, or null when the claim is older than the replay window or
 * was filed under another secret (the stored hash must match: never show a code that fails).
 */
export function replayTrackingCode(
  submissionId: string,
  filed: { createdAt: Date; trackingCodeHash: string },
  now = new Date(),
): string | null {
  if (now.getTime() - filed.createdAt.getTime() > REPLAY_WINDOW_MS) return null;
  const code = trackingCodeFor(submissionId);
  return hashTrackingCode(code) === filed.trackingCodeHash ? code : null;
}
