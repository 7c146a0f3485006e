// The statistics as CSV: the very numbers of the page (same DTO), one row per cell. Cells are
// quoted and defused against formula injection, since spreadsheet programs open these files.
// A small cell is written in the reader's words ("fewer than 5"), as the page shows it.
import type { Cell, StatsData } from "./aggregate";
import { statLabel, type StatSection } from "./labels";
import { SUPPRESSED, type PublicCount } from "./suppression";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Spreadsheets run cells that start with = + - @ (or tab/CR): such cells get a leading quote. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_SECTIONS: { section: StatSection; cells: (s: StatsData) => Cell[] }[] = [
  { section: "month", cells: (s) => s.byMonth },
  { section: "country", cells: (s) => s.byCountry },
  { section: "region", cells: (s) => s.byRegion },
  { section: "status", cells: (s) => s.byStatus },
  { section: "sex", cells: (s) => s.bySex },
  { section: "age", cells: (s) => s.byAge },
  { section: "trafficking", cells: (s) => s.byTrafficking },
];

export function statsToCsv(stats: StatsData, t: Translate): string {
  const shown = (c: PublicCount) => (c === SUPPRESSED ? t("stats:suppressed") : c);
  const rows: (string | number | null)[][] = [["dimension", "key", "label", "count"]];
  rows.push(["summary", "total", t("stats:summary.total"), shown(stats.total)]);
  rows.push(["summary", "located", t("stats:summary.located"), shown(stats.located)]);
  rows.push(["summary", "locatedRatePercent", t("stats:summary.locatedRate"), stats.locatedRate]);
  for (const { section, cells } of CSV_SECTIONS) {
    for (const c of cells(stats)) rows.push([section, c.key, statLabel(section, c, t), shown(c.count)]);
  }
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
