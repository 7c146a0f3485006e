import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { ScrollTable } from "@/components/ui/scroll-table";
import { DryRunTable } from "@/features/retention/components/dry-run-table";
import { RestoreButton } from "@/features/retention/components/restore-button";
import { RetentionRuleForm } from "@/features/retention/components/retention-rule-form";
import { getRetentionDryRun, listRetentionRules, listUndoable } from "@/features/retention/data";
import { formatDateTime } from "@/i18n/intl";
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
  // The dry run is asked for by a plain link (?dryRun=1): no personal data in the URL.
  const dryRun = (await props.searchParams).dryRun === "1";
  const [t, { countryCode, rules }, resources, undo, report] = await Promise.all([
    getT(locale, ["retention", "common"]),
    listRetentionRules(viewer),
    loadResources(locale, ["retention", "common"]),
    listUndoable(viewer),
    dryRun ? getRetentionDryRun(viewer) : null,
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
      <section className="stack">
        <h2 id="retention-dry-run">{t("retention:dryRun.title")}</h2>
        <p>{t("retention:dryRun.intro")}</p>
        <p>
          <Link className="button" href={`/${locale}/admin/retention?dryRun=1#retention-dry-run`}>
            {t("retention:dryRun.show")}
          </Link>
        </p>
        {report ? <DryRunTable report={report} locale={locale} t={t} /> : null}
      </section>
      <section className="stack">
        <h2 id="retention-undo">{t("retention:undo.title")}</h2>
        <p>{t("retention:undo.intro")}</p>
        {undo.length ? (
          <ScrollTable
            labelledBy="retention-undo"
            caption={t("retention:undo.caption")}
            headers={[
              t("retention:undo.caseNumber"),
              t("retention:undo.removedAt"),
              t("retention:undo.willBe"),
              t("retention:undo.restore"),
            ]}
          >
            {undo.map((u) => (
              <tr key={u.caseNumber}>
                <th scope="row">
                  {u.photosOnly ? t("retention:undo.photos", { caseNumber: u.caseNumber }) : u.caseNumber}
                </th>
                <td>
                  {u.removedAt ? formatDateTime(u.removedAt, locale, { country: u.countryCode }) : null}
                </td>
                <td>{t(`retention:actions.${u.action}`)}</td>
                <td>
                  <I18nProvider locale={locale} resources={resources}>
                    <RestoreButton locale={locale} caseNumber={u.caseNumber} />
                  </I18nProvider>
                </td>
              </tr>
            ))}
          </ScrollTable>
        ) : (
          <p>{t("retention:undo.empty")}</p>
        )}
      </section>
    </div>
  );
}
