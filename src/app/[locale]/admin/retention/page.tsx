import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { RetentionRuleForm } from "@/features/retention/components/retention-rule-form";
import { listRetentionRules } from "@/features/retention/data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["retention"]);
  return { title: t("retention:title"), robots: { index: false } };
}

export default async function RetentionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/retention", "retention:manage");
  const [t, { countryCode, rules }, resources] = await Promise.all([
    getT(locale, ["retention", "common"]),
    listRetentionRules(viewer),
    loadResources(locale, ["retention", "common"]),
  ]);
  return (
    <div className="stack">
      <h1>{t("retention:title")}</h1>
      <p>
        {countryCode
          ? t("retention:scopeCountry", { country: t(`common:countries.${countryCode}`) })
          : t("retention:scopeDefaults")}
      </p>
      <section aria-labelledby="retention-rules" className="stack">
        <h2 id="retention-rules">{t("retention:rules.title")}</h2>
        <I18nProvider locale={locale} resources={resources}>
          {rules.map((r) => (
            <RetentionRuleForm key={r.kind} locale={locale} rule={r} />
          ))}
        </I18nProvider>
      </section>
    </div>
  );
}
