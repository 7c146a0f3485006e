// One place that names every statistics category, shared by the page, the charts and the CSV,
// so the labels in the download are exactly those on screen.
import { NO_REGION, type Cell } from "./aggregate";

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type StatSection = "month" | "country" | "region" | "status" | "sex" | "age" | "trafficking";

export function statLabel(section: StatSection, cell: Cell, t: Translate): string {
  switch (section) {
    case "month":
      return cell.key;
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
