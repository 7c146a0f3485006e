"use server";
import { logUnexpected } from "@/server/errors";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import { fail, ok, type ActionResult } from "@/server/result";
import { verifyCertificate, type VerifyResult } from "./certificate-data";
import { VerifyCodeInput } from "./schemas";

export type VerifyState = ActionResult<VerifyResult> | null;

/** Public: anyone may check a certificate. The code travels in the POST body, never the URL. */
export async function verifyCertificateAction(_prev: VerifyState, form: FormData): Promise<VerifyState> {
  const parsed = VerifyCodeInput.safeParse({ code: form.get("code") });
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "training:validation.required");
  try {
    const ip = hashIp(clientIp(await requestHeaders()));
    return ok(await verifyCertificate(parsed.data.code, ip));
  } catch (err) {
    logUnexpected(err, "verifyCertificateAction");
    return fail("common:errors.unexpected");
  }
}
