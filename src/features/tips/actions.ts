"use server";
import { isLocale } from "@/i18n/settings";
import { formValues, runPublicAction } from "@/server/action";
import { AppError } from "@/server/errors";
import { formOf } from "@/server/form-arg";
import { hitRateLimit } from "@/server/rate-limit";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import type { ActionState } from "@/server/result";
import { findTipReceipt, submitTip, type TipReceipt } from "./data";
import { TipEnvelope, TipInput } from "./schemas";
import { env } from "@/server/env";

/** What the tip form shows after a submit; `values` refill the form when JavaScript is off. */
export type TipActionState = ActionState<TipReceipt>;

/** Tips per IP per hour. Generous for a person with information, low for a script. */
const TIPS_PER_HOUR = 10;

export async function submitTipAction(_prev: TipActionState, sent: FormData): Promise<TipActionState> {
  const form = formOf(sent); // a hand-made request may send something else (decision 076)
  const values = formValues(form, ["what", "where", "when", "contact"]);
  const localeValue = form.get("locale");
  const locale = isLocale(localeValue) ? localeValue : "es";
  return runPublicAction(
    TipInput,
    values,
    async (input) => {
      const envelope = TipEnvelope.safeParse({
        publicId: form.get("publicId"),
        submissionId: form.get("submissionId"),
      });
      if (!envelope.success) throw new AppError(envelope.error.issues[0]!.message);
      // A resend of a stored tip gets its receipt back before the limit is counted.
      const earlier = await findTipReceipt(envelope.data);
      if (earlier) return earlier;
      const ip = hashIp(clientIp(await requestHeaders()));
      if (!(await hitRateLimit(`tip:${ip}`, Math.round(TIPS_PER_HOUR * env().RATE_LIMIT_MULTIPLIER), 3600)))
        throw new AppError("common:errors.rateLimited", 429);
      return submitTip(envelope.data, input, locale);
    },
    { where: "submitTipAction", values, invalidKey: "bulletin:tip.errors.fix" },
  );
}
