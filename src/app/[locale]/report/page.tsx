import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ClaimForm } from "@/features/intake/components/claim-form";
import { PlainClaimForm } from "@/features/intake/components/plain-claim-form";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { sortByLabel } from "@/i18n/intl";
import { isLocale } from "@/i18n/settings";
import { publicOrigin } from "@/server/request-info";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { REGIONS } from "@/lib/reference/regions";

export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["intake"]);
  return { title: t("intake:title") };
}

/**
 * Region choices per country, from the reference data (names are proper names: not translated),
 * in the language's alphabetical order (decision 105).
 */
const regionOptions = (locale: string) =>
  Object.fromEntries(
    COUNTRY_CODES.map((c) => [
      c,
      sortByLabel(REGIONS[c], locale, (r) => r.name).map((r) => [r.code, r.name] as const),
    ]),
  );

export default async function ReportPage(props: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(props.params);
  const [t, resources] = await Promise.all([
    getT(locale, ["intake"]),
    // Only what the form shows goes to the browser.
    loadResources(locale, ["intake", "validation", "common", "receipt", "notifications", "matches"]),
  ]);
  // Network countries are all behind UTC, so the UTC date is never before a family's "today".
  const today = new Date().toISOString().slice(0, 10);
  const origin = publicOrigin();
  const regions = regionOptions(locale);
  return (
    <div className="stack">
      <h1>{t("intake:title")}</h1>
      <p className="lead">{t("intake:intro")}</p>
      <Alert>{t("intake:emergency")}</Alert>
      <p className="hint">{t("intake:requiredNote")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <div className="claim-enhanced">
          <ClaimForm locale={locale} regions={regions} today={today} origin={origin} />
        </div>
        {/* Without JavaScript the stepper above cannot work: hide it and offer the one long form,
            which posts to the server and works before (and without) any script. */}
        <noscript>
          <style>{".claim-enhanced{display:none}"}</style>
          <PlainClaimForm
            locale={locale}
            regions={regions}
            today={today}
            submissionId={randomUUID()}
            origin={origin}
          />
        </noscript>
      </I18nProvider>
    </div>
  );
}
