"use server";
import { requestHeaders } from "@/server/request-info";
import { fail } from "@/server/result";
import { receiptContact } from "./contact-point";
import type { FormReceipt } from "./file-claim";
import { limitFor } from "./limits";
import { claimFromForm, photosFromForm, type PlainValues } from "./plain-claim-values";
import { photoSizeErrors } from "@/server/photos";
import { submitClaim } from "./submit-claim";

export interface PlainClaimState {
  submissionId: string;
  values: PlainValues;
  error?: string;
  fieldErrors?: Record<string, string>;
  receipt?: FormReceipt;
}

/**
 * The report form without JavaScript: one long form, posted as a plain multipart form. The
 * same schema and the same path as the enhanced form (submitClaim); the page is rendered again
 * with the translated errors beside the fields, or with the receipt.
 */
export async function fileClaimWithoutScript(
  _prev: PlainClaimState,
  form: FormData,
): Promise<PlainClaimState> {
  const headers = await requestHeaders();
  // The id travels in a hidden field of the page, not in the action's state: a page posted
  // again after a lost answer sends the same id.
  const { claim, values } = claimFromForm(form);
  const base = { submissionId: String(claim.submissionId), values };
  const files = photosFromForm(form);
  const sizeErrors = photoSizeErrors(files.map((f) => f.size));
  const result = sizeErrors
    ? fail("validation:invalid", sizeErrors)
    : await submitClaim(
        claim,
        await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer()))),
        { limit: limitFor("claimForm", headers) },
      );
  if (result.ok)
    return { ...base, receipt: { ...result.data, contact: await receiptContact(result.data.caseNumber) } };
  return { ...base, error: result.error, fieldErrors: result.fieldErrors };
}
