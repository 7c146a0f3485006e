import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { rawReader, readLagTolerant } from "@/server/replica";
import { can, caseReadAccess } from "@/server/policy";
import { scopeCountries } from "@/server/scope";
import type { Viewer } from "@/server/viewer";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { buildStats, monthsUpTo, type GroupRow, type StatsData } from "./aggregate";

/** Whose figures a staff viewer may choose between, and the one country they see exactly. */
export interface ExactStatsScope {
  /** The countries the viewer may pick (null = every country). */
  countries: readonly string[] | null;
  /**
   * The viewer's country: the only one whose figures they see exact (decision 177). Any figure
   * that covers another country is the public's protected one, counting every claim: exact
   * counts of another country would have to leave out the claims its families did not share,
   * and a count that drops from 1 to 0 when one family chooses "card only" tells that choice.
   */
  home: string;
}

/**
 * Whose figures the viewer may choose and see exact: null = public (protected) figures only.
 * The countries are those of the same case-read Scope as case reading (police and super-admins:
 * every country; NGO and country admins: their own; a token: its countries). Practice logins never
 * see real figures, exact or not through this path: a trainee's session is a sandbox.
 */
export function exactStatsScope(viewer: Viewer | null): ExactStatsScope | null {
  if (!viewer || viewer.practiceSessionId || !can(viewer, "stats:readExact")) return null;
  const countries = scopeCountries(caseReadAccess(viewer));
  return countries === undefined ? null : { countries, home: viewer.countryCode };
}

const isCountry = (c: string | null | undefined): c is string =>
  !!c && (COUNTRY_CODES as readonly string[]).includes(c);

/**
 * Grouped counts of real cases in one scan (the CTE is materialized once). Counted: every case
 * that is not practice, not a rejected report and not a confirmed duplicate. Age is the age when
 * last seen (date of birth at the last-seen date, else the approximate age given).
 */
async function groupCounts(countries: readonly string[] | null, now: Date): Promise<GroupRow[]> {
  const months = monthsUpTo(now);
  const countryCond = countries ? Prisma.sql`c."countryCode" = ANY(${[...countries]})` : Prisma.sql`TRUE`;
  // Counts tolerate replication lag: the replica when there is one (decision 155).
  type Row = { dim: string; key: string | null; label: string | null; n: number };
  const rows = await readLagTolerant(
    (db) => rawReader(db).$queryRaw<Row[]>`
    WITH base AS MATERIALIZED (
      SELECT c."countryCode" AS country, r."code" AS region, r."name" AS region_name,
        c."status"::text AS status, c."sex"::text AS sex,
        CASE WHEN a.years IS NULL OR a.years < 0 THEN 'unknown' WHEN a.years < 12 THEN '0-11'
             WHEN a.years < 18 THEN '12-17' WHEN a.years < 30 THEN '18-29'
             WHEN a.years < 60 THEN '30-59' ELSE '60+' END AS age_band,
        to_char(c."lastSeenAt", 'YYYY-MM') AS month,
        (c."traffickingFlag" OR coalesce(cardinality(c."riskIndicators"), 0) > 0) AS trafficking
      FROM "Case" c
      LEFT JOIN "Region" r ON r."id" = c."regionId"
      CROSS JOIN LATERAL (SELECT CASE WHEN c."dateOfBirth" IS NOT NULL
        THEN date_part('year', age(c."lastSeenAt"::date, c."dateOfBirth"))::int
        ELSE c."approxAge" END AS years) a
      WHERE c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND c."status" <> 'REJECTED' AND c."duplicateOfId" IS NULL
        AND ${countryCond}
    )
    SELECT 'country' AS dim, country AS key, NULL AS label, count(*)::int AS n FROM base GROUP BY country
    UNION ALL SELECT 'region', region, min(region_name), count(*)::int FROM base GROUP BY region
    UNION ALL SELECT 'status', status, NULL, count(*)::int FROM base GROUP BY status
    UNION ALL SELECT 'sex', sex, NULL, count(*)::int FROM base GROUP BY sex
    UNION ALL SELECT 'age', age_band, NULL, count(*)::int FROM base GROUP BY age_band
    UNION ALL SELECT 'month', month, NULL, count(*)::int FROM base
      WHERE month BETWEEN ${months[0]} AND ${months[months.length - 1]} GROUP BY month
    UNION ALL SELECT 'trafficking', trafficking::text, NULL, count(*)::int FROM base GROUP BY trafficking`,
  );
  return rows.map((r) => ({
    dim: r.dim as GroupRow["dim"],
    key: r.key ?? "",
    label: r.label,
    n: Number(r.n),
  }));
}

/**
 * The statistics the viewer may see. Anyone: protected figures for all countries or one.
 * Staff with stats:readExact: exact figures of their own country only; any other choice in
 * their scope (another country, or all countries together, whose totals would otherwise give
 * back another country's exact count by subtraction) is protected like the public's. A staff
 * member limited to one country always gets that country, whatever was asked.
 */
export async function getStatsForViewer(
  viewer: Viewer | null,
  opts: { country?: string | null },
  now = new Date(),
): Promise<StatsData> {
  return statsFor(exactStatsScope(viewer), opts, now);
}

/** The figures for a staff scope (or the public ones for null); exported for its tests. */
export async function statsFor(
  staff: ExactStatsScope | null,
  opts: { country?: string | null },
  now = new Date(),
): Promise<StatsData> {
  const allowed = staff?.countries ?? null;
  const asked = isCountry(opts.country) && (!allowed || allowed.includes(opts.country)) ? opts.country : null;
  const country = allowed?.length === 1 ? (allowed[0] ?? null) : asked;
  const exact = staff !== null && country !== null && country === staff.home;
  const rows = await groupCounts(country ? [country] : allowed, now);
  return buildStats(rows, { mode: exact ? "exact" : "public", country, countries: allowed, now });
}
