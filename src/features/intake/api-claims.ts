import "server-only";
import { apiRoute, RateLimitedError, ValidationError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { readCapped } from "@/server/request-body";
import type { Viewer } from "@/server/viewer";
import { limitFor, MAX_API_BODY_BYTES, retryAfterSeconds } from "./limits";
import { photoSizeErrors } from "@/server/photos";
import { submitClaim } from "./submit-claim";

// POST /api/v1/claims for partner systems and queued submissions. It reads no cookie and no
// session, so a cross-site request gains nothing a direct one would not: no Origin check (see
// docs/decisions/012-claims-api.md). Refusals are problem+json (server/api-problem.ts): an i18n
// `code`, a `detail` and per-field `errors` in the language of ?lang=/?locale=/Accept-Language.

type Body = Record<string, unknown>;

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

const tooLarge = () => new AppError("common:errors.tooLarge", 413);

/** submitClaim's expected refusals, as the problem the wrapper answers with. */
function refusal(error: string, fieldErrors?: Record<string, string>): Error {
  if (error === "common:errors.rateLimited") return new RateLimitedError(retryAfterSeconds("claimApi"));
  if (error === "intake:errors.submissionConflict") return new AppError(error, 409);
  if (fieldErrors) return new ValidationError(fieldErrors);
  return new AppError(error, 400);
}

/**
 * Files the claim in the body. `partner` is the token's Viewer when the call carried one
 * (features/partners/api-auth.ts counted it against the token's own limit): the claim records
 * the token as its source, and the per-IP limit does not apply.
 */
export async function fileClaimFromRequest(req: Request, partner: Viewer | null): Promise<Response> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_API_BODY_BYTES) throw tooLarge();
  const text = await readCapped(req, MAX_API_BODY_BYTES);
  if (text === null) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("validation:invalidJson", 400);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("validation:invalid", 400);
  const { photos, ...claim } = body as Body;
  const key = req.headers.get("idempotency-key")?.trim();
  if (key) {
    if (claim.submissionId !== undefined && claim.submissionId !== key)
      throw new ValidationError({ submissionId: "validation:idempotencyMismatch" });
    claim.submissionId = key;
  }
  const decoded = decodePhotos(photos);
  if ("fieldErrors" in decoded) throw new ValidationError(decoded.fieldErrors);
  // The per-IP limit counts new claims only: the idempotency check comes first.
  const result = await submitClaim(claim, decoded.buffers, {
    limit: partner ? undefined : limitFor("claimApi", req.headers),
    sourceTokenId: partner?.api?.tokenId,
    throwUnexpected: true,
  });
  if (!result.ok) throw refusal(result.error ?? "validation:invalid", result.fieldErrors);
  const { caseNumber, trackingCode, created } = result.data;
  return Response.json(
    { caseNumber, trackingCode, ...(created ? {} : { replayed: true }) },
    { status: created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
  );
}

/** POST /api/v1/claims without a token: the public path, limited per client address. */
export const handleClaimPost = apiRoute("POST /api/v1/claims", (req: Request) =>
  fileClaimFromRequest(req, null),
);
