"use server";
// The check-in answer: a plain form post (works without JavaScript) that records the answer and
// redirects (so a reload does not resend it). A link that can no longer be answered goes to its
// problem address, which explains why with a 404 or 410.
import { redirect } from "next/navigation";
import { writeTrackState } from "@/features/intake/data";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { failureFrom } from "@/server/action";
import { formOf } from "@/server/form-arg";
import { requestHeaders } from "@/server/request-info";
import { allowCheckInAnswer } from "./limits";
import { CheckInAnswerInput } from "./schemas";
import { answerCheckIn, CheckInLinkError } from "./data";

export async function answerCheckInAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  const raw = form.get("locale");
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const parsed = CheckInAnswerInput.safeParse({ token: form.get("token"), answer: form.get("answer") });
  if (!parsed.success) redirect(`/${locale}/check-in/invalid`);
  const { token, answer } = parsed.data;
  const page = `/${locale}/check-in/${encodeURIComponent(token)}`;
  let caseNumber: string;
  try {
    if (!(await allowCheckInAnswer(await requestHeaders()))) redirect(`${page}?error=rateLimited`);
    ({ caseNumber } = await answerCheckIn(token, answer));
  } catch (err) {
    if (err instanceof CheckInLinkError) redirect(`${page}/problem`);
    const { error, reference } = failureFrom(err, { where: "answerCheckIn" });
    const failure = error === "common:errors.busy" ? "busy" : "unexpected";
    redirect(`${page}?${new URLSearchParams({ error: failure, ...(reference ? { reference } : {}) })}`);
  }
  if (answer === "NEW_INFO") {
    // The track page opens with the case number filled in; the tracking code is still needed.
    await writeTrackState({ caseNumber, notice: "checkins:track.enterCode" });
    redirect(`/${locale}/track`);
  }
  redirect(`/${locale}/check-in/answered?answer=${answer}`);
}
