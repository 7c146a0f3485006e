import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { TRACK_COOKIE } from "@/lib/offline-pages";
import { appSecret, servedOverHttps } from "@/server/env";

// The track page works without JavaScript: its forms post to server actions, which keep the
// case number and code in a short-lived, encrypted, http-only cookie and redirect back. Nothing
// personal goes in the URL, and a reload does not resend the form.

export interface TrackState {
  caseNumber: string;
  /** Present once the pair was verified. */
  trackingCode?: string;
  /** An i18n key to show (wrong code, missing confirmation...). */
  error?: string;
  /** After an unexpected error: the logged id the family can quote. */
  reference?: string;
  /** Field name -> i18n key, for the track form. */
  fieldErrors?: Record<string, string>;
  /** An i18n key of a one-off confirmation. */
  notice?: string;
}

// The worker and the proxy know it too: only a page asked with this cookie alone may be kept.
const NAME = TRACK_COOKIE;
const VERIFIED_SECONDS = 15 * 60;
const ERROR_SECONDS = 2 * 60;

function key(): Buffer {
  return crypto.createHash("sha256").update(`track-cookie:${appSecret()}`).digest();
}

export function sealTrackState(state: TrackState): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unsealTrackState(value: string | undefined): TrackState | null {
  if (!value) return null;
  try {
    const raw = Buffer.from(value, "base64url");
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    const state = JSON.parse(json) as TrackState;
    return typeof state.caseNumber === "string" ? state : null;
  } catch {
    return null;
  }
}

export async function readTrackState(): Promise<TrackState | null> {
  return unsealTrackState((await cookies()).get(NAME)?.value);
}

export async function writeTrackState(state: TrackState): Promise<void> {
  const secure = servedOverHttps();
  (await cookies()).set(NAME, sealTrackState(state), {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: state.trackingCode ? VERIFIED_SECONDS : ERROR_SECONDS,
  });
}

export async function clearTrackState(): Promise<void> {
  (await cookies()).delete(NAME);
}
