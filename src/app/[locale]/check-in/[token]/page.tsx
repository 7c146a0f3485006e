import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { answerCheckInAction } from "@/features/check-ins/actions";
import { lookUpCheckIn } from "@/features/check-ins/data";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["checkins"]);
  return { title: t("checkins:page.title"), robots: { index: false } };
}

const ERRORS = ["rateLimited", "busy", "unexpected"] as const;

/** A malformed escape in the address is just an invalid link (never a 500). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}

// The link in a "Still missing?" message. Opening it changes nothing (link scanners open
// links); one of the three buttons (a plain form) answers. The page shows the case number
// only: a forwarded link tells nobody whom the report is about. A link that can no longer be
// answered goes to ./problem, which says why with a 404 or 410.
export default async function CheckInPage(props: Props) {
  const locale = await localeFrom(props.params);
  const token = safeDecode((await props.params).token);
  const [t, lookup, query] = await Promise.all([
    getT(locale, ["checkins", "common"]),
    lookUpCheckIn(token),
    props.searchParams,
  ]);
  if (!lookup.ok) redirect(`/${locale}/check-in/${encodeURIComponent(token)}/problem`);
  const error = ERRORS.find((e) => e === query.error);
  const reference = typeof query.reference === "string" ? query.reference.slice(0, 40) : null;
  const answer = (value: string, label: string, hint: string, kind = "button") => (
    <div className="stack">
      <button type="submit" name="answer" value={value} className={kind}>
        {t(label)}
      </button>
      <span className="hint">{t(hint)}</span>
    </div>
  );
  return (
    <div className="stack">
      <h1>{t("checkins:page.title")}</h1>
      {error ? (
        <Alert kind="error" id="check-in-error">
          {t(`common:errors.${error}`)}
          {reference ? ` (${t("common:error.reference")}: ${reference})` : null}
        </Alert>
      ) : null}
      <p>{t("checkins:page.question", { caseNumber: lookup.caseNumber })}</p>
      <form action={answerCheckInAction} className="stack" aria-label={t("checkins:page.title")}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        {answer("STILL_MISSING", "checkins:answer.STILL_MISSING", "checkins:answerHint.STILL_MISSING")}
        {answer("CAME_HOME", "checkins:answer.CAME_HOME", "checkins:answerHint.CAME_HOME")}
        {answer(
          "NEW_INFO",
          "checkins:answer.NEW_INFO",
          "checkins:answerHint.NEW_INFO",
          "button button--secondary",
        )}
      </form>
      <p className="hint">{t("checkins:page.privacy")}</p>
    </div>
  );
}
