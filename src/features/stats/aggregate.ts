// Turns grouped counts from the database into the statistics DTO, with fixed category lists
// (so an empty category shows 0 instead of vanishing) and, for the public, protected numbers.
// Pure: unit-tested without a database.
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { exactRate, protectCount, publishedRate, type PublicCount } from "./suppression";

export const STATUSES = [
  "REPORTED",
  "VERIFIED",
  "ACTIVE",
  "LOCATED_ALIVE",
  "LOCATED_DECEASED",
  "CLOSED",
] as const;
export const SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;
export const AGE_BANDS = ["0-11", "12-17", "18-29", "30-59", "60+", "unknown"] as const;
export const TRAFFICKING = ["true", "false"] as const;
export const MONTHS_SHOWN = 24;
/** Key of the "no region recorded" row. */
export const NO_REGION = "none";

export type Dimension = "country" | "region" | "status" | "sex" | "age" | "month" | "trafficking";
export interface GroupRow {
  dim: Dimension;
  key: string;
  label: string | null;
  n: number;
}

export interface Cell {
  key: string;
  /** Only for regions (reference names); other labels are translated from the key. */
  label?: string;
  count: PublicCount;
}

export interface StatsData {
  mode: "public" | "exact";
  /** The country the figures cover, or null for several (`countries`) or all countries. */
  country: string | null;
  /** When `country` is null: the countries covered, or null for every country. */
  countries: readonly string[] | null;
  total: PublicCount;
  located: PublicCount;
  /** Percentage of cases located (alive or deceased); null when not published. */
  locatedRate: number | null;
  byMonth: Cell[];
  byCountry: Cell[];
  byRegion: Cell[];
  byStatus: Cell[];
  bySex: Cell[];
  byAge: Cell[];
  byTrafficking: Cell[];
}

/** The last MONTHS_SHOWN months up to `now`, oldest first, as YYYY-MM (UTC). */
export function monthsUpTo(now: Date, count = MONTHS_SHOWN): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export function buildStats(
  rows: readonly GroupRow[],
  opts: {
    mode: "public" | "exact";
    country: string | null;
    countries?: readonly string[] | null;
    now: Date;
  },
): StatsData {
  const show = opts.mode === "public" ? protectCount : (n: number) => n;
  const count = (dim: Dimension, key: string) =>
    rows.filter((r) => r.dim === dim && r.key === key).reduce((s, r) => s + r.n, 0);
  const fixed = (dim: Dimension, keys: readonly string[]) =>
    keys.map((key) => ({ key, count: show(count(dim, key)) }));
  const statusTotal = rows.filter((r) => r.dim === "status").reduce((s, r) => s + r.n, 0);
  const locatedExact = count("status", "LOCATED_ALIVE") + count("status", "LOCATED_DECEASED");
  const total = show(statusTotal);
  const located = show(locatedExact);
  const regions = rows
    .filter((r) => r.dim === "region")
    .map((r) => ({ key: r.key || NO_REGION, label: r.label ?? undefined, count: show(r.n) }))
    .sort((a, b) =>
      a.key === NO_REGION ? 1 : b.key === NO_REGION ? -1 : (a.label ?? "").localeCompare(b.label ?? ""),
    );
  return {
    mode: opts.mode,
    country: opts.country,
    countries: opts.country ? null : (opts.countries ?? null),
    total,
    located,
    locatedRate:
      opts.mode === "public" ? publishedRate(located, total) : exactRate(locatedExact, statusTotal),
    byMonth: fixed("month", monthsUpTo(opts.now)),
    byCountry: opts.country ? [] : fixed("country", opts.countries ?? COUNTRY_CODES),
    byRegion: opts.country ? regions : [],
    byStatus: fixed("status", STATUSES),
    bySex: fixed("sex", SEXES),
    byAge: fixed("age", AGE_BANDS),
    byTrafficking: fixed("trafficking", TRAFFICKING),
  };
}
