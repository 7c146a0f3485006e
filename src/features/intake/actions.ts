"use server";
import { fail, type ActionResult } from "@/server/result";
import { requestHeaders } from "@/server/request-info";
import { receiptContact } from "./contact-point";
import type { FormReceipt } from "./file-claim";
import { limitFor, MAX_CLAIM_JSON_BYTES } from "./limits";
import { submitClaim } from "./submit-claim";

/**
 * The report form's action. Anyone may call it (no account), so new claims are rate-limited per IP;
 * Next checks the Origin header of server actions. The form sends the claim as JSON (the same
 * shape the API takes); its photos follow, shrunk and one per request, to /api/report-photos
 * (api-claim-photo.ts) once the claim is filed. The form without JavaScript sends them here
 * full size instead (plain-claim-action.ts).
 */
export async function submitClaimForm(form: FormData): Promise<ActionResult<FormReceipt>> {
  const headers = await requestHeaders();
  const raw = form.get("claim");
  if (typeof raw !== "string") return fail("validation:invalid");
  if (Buffer.byteLength(raw) > MAX_CLAIM_JSON_BYTES) return fail("common:errors.tooLarge");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail("validation:invalid");
  }
  const result = await submitClaim(json, [], { limit: limitFor("claimForm", headers) });
  if (!result.ok) return result;
  return { ...result, data: { ...result.data, contact: await receiptContact(result.data.caseNumber) } };
}
