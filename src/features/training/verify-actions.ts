"use server";
import { runPublicAction } from "@/server/action";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import type { ActionState } from "@/server/result";
import { verifyCertificate, type VerifyResult } from "./certificate-data";
import { VerifyCodeInput } from "./schemas";

export type VerifyState = ActionState<VerifyResult>;

/** Public: anyone may check a certificate. The code travels in the POST body, never the URL. */
export async function verifyCertificateAction(_prev: VerifyState, form: FormData): Promise<VerifyState> {
  return runPublicAction(
    VerifyCodeInput,
    { code: form.get("code") },
    async ({ code }) => verifyCertificate(code, hashIp(clientIp(await requestHeaders()))),
    { where: "verifyCertificateAction" },
  );
}
