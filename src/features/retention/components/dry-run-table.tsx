import type { TFunction } from "i18next";
import { ScrollTable } from "@/components/ui/scroll-table";
import { formatNumber } from "@/i18n/intl";
import type { RetentionReport } from "../run";

/** The dry run: what the next run would do per rule and country, and what it would purge. */
export function DryRunTable(props: { report: RetentionReport; locale: string; t: TFunction }) {
  const { report, locale, t } = props;
  const rows = report.selections.filter((s) => s.count > 0);
  const purge = report.purge.deleteCases + report.purge.anonymiseCases + report.purge.photos;
  if (!rows.length && !purge) return <p role="status">{t("retention:dryRun.empty")}</p>;
  return (
    <ScrollTable
      labelledBy="retention-dry-run"
      caption={t("retention:dryRun.caption")}
      headers={[
        t("retention:dryRun.rule"),
        t("retention:dryRun.country"),
        t("retention:rules.action"),
        t("retention:dryRun.count"),
        t("retention:dryRun.cases"),
      ]}
    >
      {rows.map((s) => (
        <tr key={`${s.kind}-${JSON.stringify(s.countries)}`}>
          <th scope="row">{t(`retention:kinds.${s.kind}.title`)}</th>
          <td>
            {"only" in s.countries
              ? s.countries.only.map((c) => t(`common:countries.${c}`)).join(", ")
              : t("retention:dryRun.allCountries")}
          </td>
          <td>{t(`retention:actions.${s.action}`)}</td>
          <td>{formatNumber(s.count, locale)}</td>
          <td>{s.caseNumbers.join(", ")}</td>
        </tr>
      ))}
      {purge ? (
        <tr>
          <th scope="row">{t("retention:dryRun.purge")}</th>
          <td>{t("retention:dryRun.allCountries")}</td>
          <td>
            {t("retention:actions.DELETE")} / {t("retention:actions.ANONYMISE")}
          </td>
          <td>{formatNumber(purge, locale)}</td>
          <td />
        </tr>
      ) : null}
    </ScrollTable>
  );
}
