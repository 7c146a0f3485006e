"use server";
import { isLocale } from "@/i18n/settings";
import { AppError, logUnexpected } from "@/server/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "@/server/result";
import { findTipReceipt, submitTip, type TipReceipt } from "./data";
import { TipEnvelope, TipInput } from "./schemas";

export type TipValues = Partial<Record<"what" | "where" | "when" | "contact", string>>;
/** What the tip form shows after a submit; `values` refill the form when JavaScript is off. */
export type TipActionState = (ActionResult<TipReceipt> & { values?: TipValues }) | null;

/** Tips per IP per hour. Generous for a person with information, low for a script. */
const TIPS_PER_HOUR = 10;

function rateLimitMultiplier(): number {
  const m = Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1);
  return Number.isFinite(m) && m >= 1 ? m : 1;
}

function valuesOf(form: FormData): TipValues {
  const get = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
  return { what: get("what"), where: get("where"), when: get("when"), contact: get("contact") };
}

export async function submitTipAction(_prev: TipActionState, form: FormData): Promise<TipActionState> {
  const values = valuesOf(form);
  const envelope = TipEnvelope.safeParse({
    publicId: form.get("publicId"),
    submissionId: form.get("submissionId"),
  });
  if (!envelope.success) return { ...fail(envelope.error.issues[0]!.message), values };
  const input = TipInput.safeParse(values);
  if (!input.success) {
    return { ...fail("bulletin:tip.errors.fix", fieldErrorsFrom(input.error.issues)), values };
  }
  const localeValue = form.get("locale");
  const locale = isLocale(localeValue) ? localeValue : "es";
  try {
    const earlier = await findTipReceipt(envelope.data);
    if (earlier) return ok(earlier);
    const ip = hashIp(clientIp(await requestHeaders()));
    if (!(await hitRateLimit(`tip:${ip}`, TIPS_PER_HOUR * rateLimitMultiplier(), 3600))) {
      return { ...fail("common:errors.rateLimited"), values };
    }
    return ok(await submitTip(envelope.data, input.data, locale));
  } catch (err) {
    if (err instanceof AppError) return { ...fail(err.key), values };
    logUnexpected(err, "submitTipAction");
    return { ...fail("common:errors.unexpected"), values };
  }
}
