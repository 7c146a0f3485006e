import "server-only";
import { RateLimitedError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { readCappedBytes } from "@/server/request-body";
import { addClaimPhoto } from "./claim-photo";
import { allowRequest, retryAfterSeconds } from "./limits";
import { MAX_PHOTO_BYTES } from "@/lib/case-options";
import { ClaimPhotoInput } from "./schemas";

/** Headers that name the claim and the photo's place; the body is the image itself. */
export const CLAIM_PHOTO_HEADERS = { submissionId: "x-submission-id", position: "x-photo-position" } as const;

/**
 * POST /api/report-photos: one photo of a claim the report form has just filed, sent with
 * XMLHttpRequest so the page can show upload progress (fetch cannot). The claim and photo are
 * named in custom headers, which a cross-site form cannot send (no CSRF through a plain post).
 * Answers 201 (stored), 200 (already stored: a retry), or a problem+json whose `code` the form
 * shows: 400 refused by content, 404 no such recent claim, 413, 429, 503.
 */
export async function postClaimPhoto(req: Request): Promise<Response> {
  const input = ClaimPhotoInput.parse({
    submissionId: req.headers.get(CLAIM_PHOTO_HEADERS.submissionId),
    position: req.headers.get(CLAIM_PHOTO_HEADERS.position),
  });
  if (!(await allowRequest("claimPhoto", req.headers)))
    throw new RateLimitedError(retryAfterSeconds("claimPhoto"));
  const body = await readCappedBytes(req, MAX_PHOTO_BYTES);
  if (body === null) throw new AppError("intake:errors.photoTooLarge", 413);
  const result = await addClaimPhoto(input, body);
  return Response.json(result, {
    status: result.stored ? 201 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
