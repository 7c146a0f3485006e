// One place that names every statistics category, shared by the page, the charts and the CSV,
// so the labels in the download are exactly those on screen.
import { formatMonth } from "@/i18n/intl";
import { NO_REGION, type Cell } from "./aggregate";

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type StatSection = "month" | "country" | "region" | "status" | "sex" | "age" | "trafficking";

/** With `locale`, months read in that language ("feb 2026"); the CSV keeps the ISO key ("2026-02"). */
export function statLabel(section: StatSection, cell: Cell, t: Translate, locale?: string): string {
  switch (section) {
    case "month":
      return locale ? formatMonth(cell.key, locale) : cell.key;
    case "country":
      return t(`common:countries.${cell.key}`);
    case "region":
      return cell.key === NO_REGION ? t("stats:region.none") : (cell.label ?? cell.key);
    case "status":
      return t(`common:status.${cell.key}`);
    case "sex":
      return t(`common:sex.${cell.key}`);
    case "age":
      return t(`stats:age.${cell.key}`);
    case "trafficking":
      return t(cell.key === "true" ? "stats:trafficking.yes" : "stats:trafficking.no");
  }
}
