import "server-only";
import { getT } from "@/i18n/server";
import { isLocale, negotiateLocale, type Locale } from "@/i18n/settings";
import { logUnexpected } from "@/server/errors";
import { allowRequest, MAX_API_BODY_BYTES, retryAfterSeconds } from "./limits";
import { photoSizeErrors, submitClaim } from "./submit-claim";

// POST /api/v1/claims for partner systems and queued submissions. It reads no cookie and no
// session, so a cross-site request gains nothing a direct one would not: no Origin check (see
// docs/decisions/012-claims-api.md). Errors are i18n keys; with ?locale= or Accept-Language the
// translated messages come along.

type Body = Record<string, unknown>;

function respond(status: number, body: object, extra: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });
}

function requestedLocale(req: Request): Locale | null {
  const q = new URL(req.url).searchParams.get("locale");
  if (isLocale(q)) return q;
  const accept = req.headers.get("accept-language");
  return accept ? negotiateLocale(accept) : null;
}

async function errorResponse(
  status: number,
  locale: Locale | null,
  error: string,
  fieldErrors?: Record<string, string>,
) {
  const body: Record<string, unknown> = { error, ...(fieldErrors ? { fieldErrors } : {}) };
  if (locale) {
    const t = await getT(locale, ["validation", "intake"]);
    body.message = t(error);
    if (fieldErrors)
      body.messages = Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, t(v)]));
  }
  return respond(status, body);
}

/** The body as text, or null once it passes `max` bytes (whatever Content-Length claimed). */
async function readCapped(req: Request, max: number): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Photos arrive as base64 strings (a data: URL prefix is tolerated). */
function decodePhotos(value: unknown): { buffers: Buffer[] } | { fieldErrors: Record<string, string> } {
  if (value === undefined || value === null) return { buffers: [] };
  if (!Array.isArray(value)) return { fieldErrors: { photos: "validation:invalid" } };
  const strings = value.map((v) =>
    typeof v === "string" ? v.replace(/^data:[\w/+.-]+;base64,/, "").replace(/\s+/g, "") : null,
  );
  const sizeErrors = photoSizeErrors(strings.map((s) => Math.floor(((s?.length ?? 0) * 3) / 4)));
  if (sizeErrors) return { fieldErrors: sizeErrors };
  const fieldErrors: Record<string, string> = {};
  strings.forEach((s, i) => {
    if (s === null || !BASE64.test(s)) fieldErrors[`photos.${i}`] = "intake:errors.photoUnreadable";
  });
  if (Object.keys(fieldErrors).length) return { fieldErrors };
  return { buffers: strings.map((s) => Buffer.from(s!, "base64")) };
}

const STATUS_OF: Record<string, number> = {
  "common:errors.unexpected": 500,
  "common:errors.rateLimited": 429,
  "intake:errors.submissionConflict": 409,
};
const statusOf = (error: string) => STATUS_OF[error] ?? 400;

export async function handleClaimPost(req: Request): Promise<Response> {
  const locale = requestedLocale(req);
  try {
    const declared = Number(req.headers.get("content-length") ?? 0);
    if (declared > MAX_API_BODY_BYTES) return errorResponse(413, locale, "common:errors.tooLarge");
    const text = await readCapped(req, MAX_API_BODY_BYTES);
    if (text === null) return errorResponse(413, locale, "common:errors.tooLarge");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return errorResponse(400, locale, "validation:invalidJson");
    }
    if (!body || typeof body !== "object" || Array.isArray(body))
      return errorResponse(400, locale, "validation:invalid");
    const { photos, ...claim } = body as Body;
    const key = req.headers.get("idempotency-key")?.trim();
    if (key) {
      if (claim.submissionId !== undefined && claim.submissionId !== key)
        return errorResponse(400, locale, "validation:invalid", {
          submissionId: "validation:idempotencyMismatch",
        });
      claim.submissionId = key;
    }
    const decoded = decodePhotos(photos);
    if ("fieldErrors" in decoded)
      return errorResponse(400, locale, "validation:invalid", decoded.fieldErrors);
    // The per-IP limit counts new claims only: the idempotency check comes first.
    const result = await submitClaim(claim, decoded.buffers, {
      admit: () => allowRequest("claimApi", req.headers),
    });
    if (!result.ok) {
      const res = await errorResponse(statusOf(result.error), locale, result.error, result.fieldErrors);
      if (res.status === 429) res.headers.set("Retry-After", String(retryAfterSeconds("claimApi")));
      return res;
    }
    const { caseNumber, trackingCode, created } = result.data;
    return respond(created ? 201 : 200, { caseNumber, trackingCode, ...(created ? {} : { replayed: true }) });
  } catch (err) {
    logUnexpected(err, "POST /api/v1/claims");
    return errorResponse(500, locale, "common:errors.unexpected");
  }
}
