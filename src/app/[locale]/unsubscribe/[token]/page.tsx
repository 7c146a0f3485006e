import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { isValidUnsubscribeToken } from "@/features/notifications/data";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";

export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["notifications"]);
  return { title: t("notifications:unsubscribe.title"), robots: { index: false } };
}

// The link in every family email. Opening it changes nothing; the button (a plain form, works
// without JavaScript) withdraws the email updates of that report.
export default async function UnsubscribePage(props: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFrom(props.params);
  const { token } = await props.params;
  const query = await props.searchParams;
  const t = await getT(locale, ["notifications"]);
  const valid = isValidUnsubscribeToken(decodeURIComponent(token));
  return (
    <div className="stack">
      <h1>{t("notifications:unsubscribe.title")}</h1>
      {!valid || query.invalid ? (
        <Alert kind="error">{t("notifications:unsubscribe.invalid")}</Alert>
      ) : query.done ? (
        <Alert kind="success">{t("notifications:unsubscribe.done")}</Alert>
      ) : (
        <form method="post" action={`/api/unsubscribe/${token}`} className="stack">
          <p>{t("notifications:unsubscribe.explain")}</p>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button">
            {t("notifications:unsubscribe.confirm")}
          </button>
        </form>
      )}
    </div>
  );
}
