// Fills a dedicated PostgreSQL database with N synthetic cases for the lookup benchmark. Rows go in
// through json_populate_recordset in batches (one round trip per batch, no per-row parameters),
// which loads 1M cases in a few minutes on two cores; ANALYZE afterwards so plans are realistic.
import crypto from "node:crypto";
import pg from "pg";
import { COUNTRY_CODES } from "../src/lib/reference/countries";
import { REGIONS } from "../src/lib/reference/regions";
import { phoneDigits, searchNameFor } from "../src/lib/names/normalize";
import { applyMigrations } from "../src/server/migrations";
import { connectSql } from "../src/server/sql-client";
import { generateSyntheticCase, type SyntheticCase } from "../src/testing/case-factory";
import { createRng } from "../src/testing/random";

export const BENCH_NOW = new Date("2026-10-01T12:00:00Z");
const BATCH = 5000;

export interface BenchRow {
  id: string;
  caseNumber: string;
  countryCode: string;
  givenNames: string;
  familyNames: string;
  otherNames: string | null;
}

/** Drops and recreates the database named in `url`, then applies every migration. */
export async function recreateDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const sql = await connectSql(url);
  try {
    await applyMigrations(sql);
  } finally {
    await sql.close();
  }
}

export async function insertReference(client: pg.Client): Promise<Map<string, string>> {
  const { COUNTRIES } = await import("../src/lib/reference/countries");
  for (const c of COUNTRIES) {
    await client.query(
      `INSERT INTO "Country" (code, name, "casePrefix", "defaultLocale") VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING`,
      [c.code, c.name, c.casePrefix, c.defaultLocale],
    );
    for (const r of REGIONS[c.code]) {
      await client.query(
        `INSERT INTO "Region" ("countryCode", code, name) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
        [c.code, r.code, r.name],
      );
    }
  }
  const rows = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Region"`);
  return new Map(rows.rows.map((r) => [r.code, r.id]));
}

function toRecord(c: SyntheticCase, i: number, seq: number, regionId: string | undefined) {
  const year = c.lastSeenAt.getUTCFullYear();
  return {
    id: crypto.randomUUID(),
    caseNumber: `${c.country}-${year}-${String(seq).padStart(6, "0")}`,
    publicId: `bench${i}`,
    countryCode: c.country,
    regionId: regionId ?? null,
    status: c.status,
    trackingCodeHash: "bench",
    givenNames: c.givenNames,
    familyNames: c.familyNames,
    otherNames: c.otherNames,
    searchName: searchNameFor(c),
    sex: c.sex,
    dateOfBirth: c.dateOfBirth,
    approxAge: c.approxAge,
    nationality: c.nationality,
    languages: c.languages,
    identityDocument: c.identityDocument,
    // The description the matching engine compares (bench:match plants found records from it).
    heightCm: c.heightCm,
    build: c.build,
    hair: c.hair,
    eyeColour: c.eyeColour,
    distinguishingMarks: c.distinguishingMarks,
    clothing: c.clothing,
    medicalNeeds: c.medicalNeeds,
    lastSeenCity: c.city,
    lastSeenAt: c.lastSeenAt.toISOString(),
    lastSeenTimeKnown: true,
    circumstances: c.circumstances,
    riskIndicators: c.riskIndicators,
    traffickingFlag: c.riskIndicators.length > 0,
    reporterName: c.reporter.name,
    reporterRelationship: c.reporter.relationship,
    reporterPhone: c.reporter.phone,
    reporterPhoneDigits: phoneDigits(c.reporter.phone),
    reporterLocale: c.reporter.preferredLocale,
    consentPublishPhoto: c.consent.publishPhoto,
    consentPublishName: c.consent.publishName,
    consentPublishAge: c.consent.publishAge,
    consentPublishLastSeen: c.consent.publishLastSeen,
    guardianConfirmed: c.consent.guardianConfirmed,
    createdAt: c.lastSeenAt.toISOString(),
    updatedAt: c.lastSeenAt.toISOString(),
  };
}

/**
 * One INSERT of many rows from JSON. Only the rows' own keys are named, so every other column
 * gets its default (json_populate_recordset alone would write NULL into a column added later).
 */
export async function insertJsonRows(client: pg.Client, table: string, rows: readonly object[]) {
  if (!rows.length) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))].map((k) => `"${k}"`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Inserts `n` cases and returns a light copy of each (id, number, names) so the benchmark can
 * draw its queries and check recall without reading the table back.
 */
export async function fillCases(url: string, n: number, seed: number, log: (m: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    const regionIds = await insertReference(client);
    const rng = createRng(seed);
    const seqs = new Map<string, number>();
    for (let start = 0; start < n; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const country = COUNTRY_CODES[i % COUNTRY_CODES.length]!;
        const c = generateSyntheticCase(rng, { country, now: BENCH_NOW });
        const key = `${c.country}-${c.lastSeenAt.getUTCFullYear()}`;
        const seq = (seqs.get(key) ?? 0) + 1;
        seqs.set(key, seq);
        const rec = toRecord(c, i, seq, regionIds.get(c.regionCode));
        batch.push(rec);
        rows.push({
          id: rec.id,
          caseNumber: rec.caseNumber,
          countryCode: rec.countryCode,
          givenNames: c.givenNames,
          familyNames: c.familyNames,
          otherNames: c.otherNames,
        });
      }
      await insertJsonRows(client, "Case", batch);
      if ((start / BATCH) % 20 === 0) log(`  inserted ${start + batch.length} / ${n}`);
    }
    // The counters the intake numbers from, as the portal would have left them: without them a
    // new claim gets number 1 of its year and collides with a generated case (a 500, not a claim).
    await client.query(`
      INSERT INTO "CaseCounter" ("prefix", "year", "lastValue")
      SELECT split_part("caseNumber", '-', 1), split_part("caseNumber", '-', 2)::int,
        max(split_part("caseNumber", '-', 3)::int)
      FROM "Case" WHERE "caseNumber" ~ '^[A-Z]{2}-[0-9]{4}-[0-9]+$' GROUP BY 1, 2
      ON CONFLICT ("prefix", "year") DO UPDATE SET "lastValue" = greatest("CaseCounter"."lastValue", EXCLUDED."lastValue")`);
    log("  ANALYZE");
    await client.query(`ANALYZE "Case"`);
  } finally {
    await client.end();
  }
  return rows;
}
