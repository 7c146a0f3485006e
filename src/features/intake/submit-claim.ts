import "server-only";
import { failureFrom } from "@/server/action";
import { AppError } from "@/server/errors";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "@/server/result";
import type { RateLimit } from "@/server/rate-limit";
import { lookUpClaim, overLimit } from "./claim-lookup-data";
import { ClaimRejectedError, fileClaim, filedAnswer, type FiledClaim } from "./file-claim";
import { MAX_PHOTOS } from "@/lib/case-options";
import { preparePhotos } from "@/server/photos";
import { ClaimInput } from "./schemas";
import { submissionHash } from "./submission-hash";

export interface SubmitOptions {
  /**
   * The per-IP limit (limits.ts limitFor), counted only for a new submission, in the same round
   * trip as the look-up: a retry of an acknowledged claim must get its case number back even
   * once the limit is spent (a partner retrying through an outage).
   */
  limit?: RateLimit;
  /**
   * Throw unexpected errors (a bug, the database down) instead of logging them and answering
   * `common:errors.unexpected`: the API's wrapper reports them itself (503 or 500 + reference).
   */
  throwUnexpected?: boolean;
  /** A partner's token: recorded as the claim's source. */
  sourceTokenId?: string;
}

/**
 * The common path of the form action and the partner API: parse with the one schema (the
 * client is never trusted), check the photos by content, file. Expected failures come back as
 * i18n keys, with the offending fields; anything else is logged and reported generically.
 */
export async function submitClaim(
  json: unknown,
  photos: readonly Buffer[],
  opts: SubmitOptions = {},
): Promise<ActionResult<FiledClaim>> {
  try {
    const parsed = ClaimInput.safeParse(json);
    if (!parsed.success) return fail("validation:invalid", fieldErrorsFrom(parsed.error.issues));
    if (photos.length > MAX_PHOTOS)
      return fail("validation:invalid", { photos: "intake:errors.tooManyPhotos" });
    const hash = submissionHash(parsed.data);
    const place = await lookUpClaim(parsed.data, opts.limit);
    const filed = filedAnswer(place, parsed.data.submissionId, hash);
    if (filed) return ok(filed);
    if (overLimit(place, opts.limit)) return fail("common:errors.rateLimited");
    const prepared = await preparePhotos(photos);
    if (!prepared.ok) return fail("validation:invalid", prepared.fieldErrors);
    return ok(
      await fileClaim(parsed.data, {
        photos: prepared.photos,
        submissionHash: hash,
        sourceTokenId: opts.sourceTokenId,
        place,
      }),
    );
  } catch (err) {
    if (err instanceof ClaimRejectedError) return fail(err.key, err.fieldErrors);
    if (err instanceof AppError) return fail(err.key);
    if (opts.throwUnexpected) throw err;
    // The pipeline's answer: "busy, your draft is kept" for an outage, else a reference.
    return failureFrom(err, { where: "submitClaim" });
  }
}
