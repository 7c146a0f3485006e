"use server";
// The public removal form (decision 150) and the staff decision. The public form is a plain post that works without JavaScript. The
// outcome is a redirect: to the "received" page, or back to the form with an error code (an
// i18n key from a fixed list, never anything typed: nothing personal goes in the URL).
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import {
  failureFrom,
  formString,
  formValues,
  parseInput,
  runChangeAction,
  type ChangeState,
} from "@/server/action";
import { AppError } from "@/server/errors";
import { formOf } from "@/server/form-arg";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import { decideRemoval, requestPublicRemoval } from "./data";
import { allowRemovalRequest } from "./limits";
import { PublicIdField, RemovalDecisionInput, RemovalRequestInput } from "./schemas";
import { errorCodeOf } from "./form-errors";

export async function requestRemovalAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  const localeValue = form.get("locale");
  const locale = isLocale(localeValue) ? localeValue : DEFAULT_LOCALE;
  const publicId = PublicIdField.safeParse(form.get("publicId"));
  if (!publicId.success) redirect(`/${locale}/missing`);
  const back = `/${locale}/missing/${publicId.data}/remove`;
  let outcome: string;
  try {
    const parsed = parseInput(RemovalRequestInput, {
      reason: formString(form, "reason"),
      message: formString(form, "message"),
    });
    if (!parsed.ok) throw new AppError(Object.values(parsed.fieldErrors ?? {})[0] ?? "validation:required");
    const headers = await requestHeaders();
    if (!(await allowRemovalRequest(headers))) throw new AppError("common:errors.rateLimited", 429);
    const { hidden } = await requestPublicRemoval(publicId.data, parsed.data, {
      locale,
      ipHash: hashIp(clientIp(headers)),
    });
    outcome = `/${locale}/removal/sent?hidden=${hidden ? "1" : "0"}`;
  } catch (err) {
    const { error } = failureFrom(err, { where: "requestRemovalAction" });
    outcome = `${back}?error=${errorCodeOf(error)}`;
  }
  redirect(outcome);
}

/** Staff decide a pending request from the case page (the one pipeline; the data layer authorizes). */
export async function decideRemovalAction(prev: ChangeState, sent: FormData): Promise<ChangeState> {
  const form = formOf(sent);
  const input = formValues(form, ["caseNumber", "requestId", "decision", "note"]);
  return runChangeAction(RemovalDecisionInput, input, decideRemoval, {
    where: "decideRemovalAction",
    prev,
    revalidate: "/[locale]/cases/[caseNumber]",
  });
}
