import Link from "next/link";
import { headers } from "next/headers";
import { Alert } from "@/components/ui/alert";
import { lookUpCheckIn } from "@/features/check-ins/data";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

// A check-in link that cannot be answered (tampered, already answered, expired, case closed):
// a 404 that says which, in the page's language. not-found receives no params, so the locale and
// token come from the path the proxy passed along, and the token is looked up again (read only).
export default async function CheckInNotFound() {
  const [, first, , rawToken] = ((await headers()).get("x-pathname") ?? "").split("/");
  const locale = isLocale(first) ? first : DEFAULT_LOCALE;
  let token = "";
  try {
    token = decodeURIComponent(rawToken ?? "");
  } catch {
    // A malformed escape is just an invalid link.
  }
  const [t, lookup] = await Promise.all([getT(locale, ["checkins", "common"]), lookUpCheckIn(token)]);
  const problem = lookup.ok ? "invalid" : lookup.problem;
  return (
    <div className="stack">
      <h1>{t("checkins:page.title")}</h1>
      <Alert kind="error" id="check-in-problem">
        {t(`checkins:errors.${problem}`)}
      </Alert>
      <p>{t("checkins:errors.whatNow")}</p>
      <p>
        <Link href={`/${locale}/track`}>{t("checkins:errors.openTrack")}</Link>
      </p>
    </div>
  );
}
