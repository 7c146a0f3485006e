// npm run bench:match [-- --n 20000] [--found 2000] [--pairs 200] [--sample 200]
//                      [--seed 1] [--reuse] [--quick] [--explain]
// --reuse keeps the database of the previous run (its planted pairs are in bench_truth), --quick
// skips the full re-match and writes no row (for tuning), --explain prints why each miss missed,
// --seed draws other synthetic people (to check that a change is not fitted to one draw).
//
// Generates N synthetic claims (default 20,000; the issue's 1,000,000 does not fit this machine's
// time budget — pass --n to scale up) and FOUND found records, PAIRS of which are the same person
// as a claim, perturbed as in real life: one given name, a nickname or the other surname only,
// a typo, age estimated +/- 5 years, height +/- 8 cm, marks described in English, found 0-3 years
// later in the same or a neighbouring country, hair / eyes / build / nationality written by the
// recorder with real-life noise and gaps (match-description.ts). Then, in one run: recall@10 of the planted pairs
// (the true claim among the engine's 10 best for its found record) and precision of what it
// proposes (standingOut in score.ts: at or above the threshold and ahead of the next claim),
// over the planted found records and over all of them (the unrelated ones propose only strangers); p50/p95 database time to match one found record against
// everything, beside a plain-SQL baseline doing only the name part (trigram similarity, top 10);
// and the full re-match time. Appends a row to docs/BENCHMARKS.md. Not a test.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";
import { REGIONS } from "../src/lib/reference/regions";
import { normalizeName } from "../src/lib/names/normalize";
import { claimCandidatesForFound } from "../src/features/matching/engine/candidates";
import { loadClaims, loadFound } from "../src/features/matching/engine/load";
import { rematchFound } from "../src/features/matching/engine/rematch";
import { DEFAULT_BORDERS, neighboursOf, setNeighbourPairs } from "../src/lib/matching/neighbours";
import { nicknameForms } from "../src/lib/matching/nicknames";
import type { MatchProfile } from "../src/lib/matching/profile";
import {
  compareProfiles,
  REVIEW_THRESHOLD,
  SECOND_TIER_FLOOR,
  SECOND_TIER_SIZE,
  standingOut,
} from "../src/lib/matching/score";
import { createPrismaHandle } from "../src/server/prisma-factory";
import { createRng, type Rng } from "../src/testing/random";
import { BENCH_NOW, fillCases, insertJsonRows, recreateDatabase } from "./bench-data";
import { foundDescription, type ClaimDescription } from "./match-description";
import { ms, percentile } from "./stats";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_bench_match";
const N = option("n", 20_000);
const FOUND = option("found", Math.round(N / 10));
const PAIRS = option("pairs", Math.round(N / 100));
const SAMPLE = option("sample", Math.min(PAIRS, 200));
const SEED = option("seed", 0);
const log = (m: string) => console.log(m);
const flag = (name: string) => args.includes(`--${name}`);
const DAY = 86_400_000;

// Spanish -> English words of marks ("marks described in another language").
const EN: Record<string, string> = {
  tatuaje: "tattoo",
  cicatriz: "scar",
  lunar: "mole",
  brazo: "arm",
  antebrazo: "forearm",
  mano: "hand",
  pierna: "leg",
  rodilla: "knee",
  espalda: "back",
  cuello: "neck",
  cara: "face",
  ceja: "eyebrow",
  izquierdo: "left",
  izquierda: "left",
  derecho: "right",
  derecha: "right",
  pecho: "chest",
  rosa: "rose",
  mariposa: "butterfly",
  estrella: "star",
  corazon: "heart",
  tobillo: "ankle",
  hombro: "shoulder",
  mejilla: "cheek",
  quemadura: "burn",
  perforacion: "piercing",
  perforaciones: "piercings",
  nariz: "nose",
  orejas: "ears",
  nacimiento: "birth",
  mancha: "birthmark",
  pequena: "small",
};
const toEnglish = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => EN[w] ?? w)
    .join(" ");

/**
 * The type the recorder picks from the list, or null when the claim's "marks" are not a mark
 * ("wears glasses", "braces on teeth", "missing a front tooth"): the officer records no mark
 * then. (Until 2026-12-03 those became a SCAR, a mark the person does not have, which gave
 * every stranger with a scar points against the true claim.)
 */
function markType(text: string): string | null {
  if (/tattoo/.test(text)) return "TATTOO";
  if (/piercing|perforac/.test(text)) return "PIERCING";
  if (/mole|birthmark|mancha/.test(text)) return "BIRTHMARK";
  if (/scar|burn/.test(text)) return "SCAR";
  return null;
}

interface ClaimRow extends ClaimDescription {
  id: string;
  countryCode: string;
  givenNames: string;
  familyNames: string;
  sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
  age: number | null;
  heightCm: number | null;
  distinguishingMarks: string | null;
  languages: string[];
  lastSeenAt: Date;
}

function typo(rng: Rng, w: string): string {
  if (w.length < 5 || rng.next() < 0.5) return w;
  const i = 1 + Math.floor(rng.next() * (w.length - 2));
  return w.slice(0, i) + w.slice(i + 1);
}

/** The name a found person gives: one given name, a nickname, or one surname; sometimes a typo. */
function givenName(rng: Rng, c: ClaimRow): string {
  const given = normalizeName(c.givenNames).split(" ").filter(Boolean);
  const family = normalizeName(c.familyNames).split(" ").filter(Boolean);
  const first = given[0] ?? family[0] ?? "";
  const r = rng.next();
  const nick = nicknameForms(first).filter((f) => f !== first);
  if (r < 0.25 && nick.length) return nick[Math.floor(rng.next() * nick.length)]!;
  if (r < 0.45 && family.length) return typo(rng, family[family.length - 1]!);
  if (r < 0.6 && family.length) return `${typo(rng, first)} ${family[0]}`;
  return typo(rng, first);
}

const jitter = (rng: Rng, spread: number) => Math.round((rng.next() * 2 - 1) * spread);

function plantedFound(rng: Rng, c: ClaimRow, recorder: string, regionIds: Map<string, string>) {
  const near = [c.countryCode, ...neighboursOf(c.countryCode)];
  const country = near[Math.floor(rng.next() * near.length)]!;
  const regions = REGIONS[country as keyof typeof REGIONS];
  const region = regions[Math.floor(rng.next() * regions.length)]!;
  const foundAt = new Date(c.lastSeenAt.getTime() + Math.floor(rng.next() * 3 * 365) * DAY);
  const years = Math.floor((foundAt.getTime() - c.lastSeenAt.getTime()) / (365.25 * DAY));
  const age = c.age === null ? 30 : c.age + years + jitter(rng, 5);
  const h = c.heightCm ? c.heightCm + jitter(rng, 8) : null;
  return {
    row: {
      ...foundRow(
        country,
        regionIds.get(region.code) ?? null,
        foundAt,
        givenName(rng, c),
        c.sex,
        age,
        h,
        recorder,
      ),
      ...foundDescription(rng, c),
    },
    mark: c.distinguishingMarks ? toEnglish(c.distinguishingMarks) : null,
    languages: c.languages,
  };
}

function foundRow(
  country: string,
  regionId: string | null,
  foundAt: Date,
  names: string | null,
  sex: string,
  age: number,
  height: number | null,
  recorder: string,
) {
  const lo = Math.max(0, age - 2);
  return {
    id: crypto.randomUUID(),
    foundNumber: `${country}-F-${crypto.randomUUID().slice(0, 13)}`,
    countryCode: country,
    regionId,
    status: "OPEN",
    condition: "ALIVE",
    foundAt: foundAt.toISOString(),
    foundPlace: "Bench",
    circumstances: "Synthetic record for the matching benchmark.",
    institutionType: "SHELTER",
    namesGiven: names,
    searchName: normalizeName(names ?? ""),
    sex,
    ageMin: lo,
    ageMax: Math.min(120, Math.max(lo, age + 2)),
    heightMinCm: height ? height - 4 : null,
    heightMaxCm: height ? height + 4 : null,
    languages: [] as string[],
    hair: null as string | null,
    eyeColour: null as string | null,
    build: null as string | null,
    skin: null as string | null,
    nationality: null as string | null,
    recordedById: recorder,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
}

async function insertFound(client: pg.Client, rows: ReturnType<typeof foundRow>[], marks: object[]) {
  for (let i = 0; i < rows.length; i += 2000) {
    await insertJsonRows(client, "FoundPerson", rows.slice(i, i + 2000));
  }
  for (let i = 0; i < marks.length; i += 2000) {
    await insertJsonRows(client, "FoundPersonMark", marks.slice(i, i + 2000));
  }
}

/** Generates the claims and found records; the planted pairs are kept in bench_truth. */
async function generate(): Promise<number> {
  const t0 = Date.now();
  await recreateDatabase(URL_);
  await fillCases(URL_, N, 20261202 + SEED, log);
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  // The first seed's land borders, into the table the engine reads (decision 159); the planted
  // records' neighbouring countries and the engine's place criterion both come from it.
  await client.query(
    `INSERT INTO "CountryNeighbour" ("countryCode", "neighbourCode")
     SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    [DEFAULT_BORDERS.flatMap(([a, b]) => [a, b]), DEFAULT_BORDERS.flatMap(([a, b]) => [b, a])],
  );
  await loadNeighbours(client);
  const regionIds = new Map(
    (await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Region"`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  const recorder = (
    await client.query<{ id: string }>(
      `INSERT INTO "User" (email, name, role, "countryCode", "passwordHash", "updatedAt")
       VALUES ('bench.migration@bench.test', 'Bench', 'MIGRATION', 'GT', 'x', now()) RETURNING id`,
    )
  ).rows[0]!.id;
  const claims = (
    await client.query<ClaimRow>(`
      SELECT id, "countryCode", "givenNames", "familyNames", sex::text AS sex,
        COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") AS age,
        "heightCm", "distinguishingMarks", languages, "lastSeenAt",
        build, hair, "eyeColour", nationality
      FROM "Case" WHERE status IN ('REPORTED', 'VERIFIED', 'ACTIVE') AND sex <> 'UNKNOWN'
      ORDER BY md5(id::text) LIMIT ${PAIRS}`)
  ).rows;
  const rng = createRng(7 + SEED);
  const rows: ReturnType<typeof foundRow>[] = [];
  const marks: object[] = [];
  const truth = new Map<string, string>();
  for (const c of claims) {
    const p = plantedFound(rng, c, recorder, regionIds);
    p.row.languages = p.languages;
    rows.push(p.row);
    truth.set(p.row.id, c.id);
    const type = p.mark ? markType(p.mark) : null;
    if (p.mark && type)
      marks.push({
        id: crypto.randomUUID(),
        foundPersonId: p.row.id,
        position: 0,
        // The recorder picks the type from the list; where on the body stays in the text.
        type,
        bodyLocation: "OTHER",
        description: p.mark,
      });
  }
  // Unrelated found records: strangers with names drawn from other claims, shuffled.
  const others = (
    await client.query<ClaimRow>(`
      SELECT id, "countryCode", "givenNames", "familyNames", sex::text AS sex,
        COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") AS age,
        "heightCm", NULL AS "distinguishingMarks", languages, "lastSeenAt",
        build, hair, "eyeColour", nationality
      FROM "Case" ORDER BY md5(id::text || 'x') LIMIT ${Math.max(0, FOUND - PAIRS)}`)
  ).rows;
  for (let i = 0; i < others.length; i++) {
    const a = others[i]!;
    const b = others[(i * 7 + 3) % others.length]!;
    // The description of yet another claim's person: a stranger to both a and b.
    const d = others[(i * 13 + 5) % others.length]!;
    const found = new Date(BENCH_NOW.getTime() - Math.floor(rng.next() * 700) * DAY);
    rows.push({
      ...foundRow(
        b.countryCode,
        null,
        found,
        normalizeName(a.givenNames).split(" ")[0] ?? null,
        b.sex,
        (b.age ?? 30) + jitter(rng, 10),
        null,
        recorder,
      ),
      ...foundDescription(rng, d),
    });
  }
  await insertFound(client, rows, marks);
  await client.query(`CREATE TABLE bench_truth (found_id uuid PRIMARY KEY, case_id uuid NOT NULL)`);
  await client.query(
    `INSERT INTO bench_truth SELECT * FROM json_to_recordset($1::json) AS t(found_id uuid, case_id uuid)`,
    [JSON.stringify([...truth].map(([found_id, case_id]) => ({ found_id, case_id })))],
  );
  await client.query(`ANALYZE`);
  log(`  data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  await client.end();
  return rows.length;
}

/** The engine's neighbours from the CountryNeighbour table, as the app loads them (decision 159). */
async function loadNeighbours(client: pg.Client) {
  const rows = (
    await client.query<{ a: string; b: string }>(
      `SELECT "countryCode" AS a, "neighbourCode" AS b FROM "CountryNeighbour"`,
    )
  ).rows;
  if (!rows.length) throw new Error("CountryNeighbour is empty: the benchmark would have no borders");
  setNeighbourPairs(rows.map((r) => [r.a, r.b] as const));
}

async function main() {
  log(`bench:match — ${N} claims, ${FOUND} found records, ${PAIRS} planted pairs`);
  const foundRows = flag("reuse") ? FOUND : await generate();
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  await loadNeighbours(client);
  const truth = new Map(
    (
      await client.query<{ found_id: string; case_id: string }>(`SELECT * FROM bench_truth ORDER BY found_id`)
    ).rows.map((r) => [r.found_id, r.case_id]),
  );
  const handle = await createPrismaHandle(URL_);
  const db = handle.db;
  const sample = [...truth.keys()].slice(0, SAMPLE);
  const engineMs: number[] = [];
  const baseMs: number[] = [];
  let hits = 0;
  let baseHits = 0;
  let above = 0;
  let trueAbove = 0;
  // True pairs an officer sees on the found record's page: proposed, or in the second tier.
  let shown = 0;
  const tuning: { ranked: { id: string; score: number }[]; want: string }[] = [];
  /** The engine's ranking of one found record's candidates (ties in id order, as the engine). */
  async function rank(foundId: string) {
    const start = performance.now();
    const f = (await loadFound(db, [foundId])).get(foundId)!;
    const ids = await claimCandidatesForFound(db, f.profile);
    const loaded = await loadClaims(db, ids);
    const elapsed = performance.now() - start;
    const ranked = [...loaded.values()]
      .filter((c) => c.open)
      .map((c) => ({ id: c.profile.id, r: compareProfiles(c.profile, f.profile) }))
      .filter((x) => !x.r.excluded)
      .map((x) => ({ id: x.id, score: x.r.excluded ? 0 : x.r.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return { f, ids, ranked, elapsed };
  }
  for (const foundId of sample) {
    const { f, ids, ranked, elapsed } = await rank(foundId);
    engineMs.push(elapsed);
    const want = truth.get(foundId)!;
    tuning.push({ ranked: ranked.slice(0, 10), want });
    if (ranked.slice(0, 10).some((x) => x.id === want)) hits++;
    else if (flag("explain")) await explainMiss(db, f.profile, want, ids, ranked);
    const queued = standingOut(ranked);
    for (const x of queued) {
      above++;
      if (x.id === want) trueAbove++;
    }
    const second = ranked
      .filter((x) => !queued.includes(x) && x.score >= SECOND_TIER_FLOOR)
      .slice(0, SECOND_TIER_SIZE);
    if ([...queued, ...second].some((x) => x.id === want)) shown++;
    // Baseline: the name part only, in plain SQL (trigram similarity over the whole name).
    const name = f.profile.nameWords.join(" ");
    const b0 = performance.now();
    const base = await client.query<{ id: string }>(
      `SELECT id FROM "Case" WHERE "searchName" % $1 ORDER BY similarity("searchName", $1) DESC LIMIT 10`,
      [name],
    );
    baseMs.push(performance.now() - b0);
    if (base.rows.some((r) => r.id === want)) baseHits++;
  }
  // The unrelated found records propose only strangers; a sample of them, weighed by their share.
  const unrelated = (
    await client.query<{ id: string }>(
      `SELECT f.id FROM "FoundPerson" f WHERE NOT EXISTS (SELECT 1 FROM bench_truth t WHERE t.found_id = f.id)
       ORDER BY f.id`,
    )
  ).rows.map((r) => r.id);
  const unrelatedSample = unrelated.slice(0, SAMPLE);
  let strangerAbove = 0;
  for (const id of unrelatedSample) strangerAbove += standingOut((await rank(id)).ranked).length;
  const weighedStrangers = unrelatedSample.length
    ? (strangerAbove * unrelated.length) / unrelatedSample.length
    : 0;
  const precisionAll = above + weighedStrangers ? trueAbove / (above + weighedStrangers) : null;
  const fmt = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
  const queued = trueAbove / SAMPLE;
  const quick = `recall@10 ${(hits / SAMPLE).toFixed(3)}, proposed ${queued.toFixed(3)} of the true pairs (with the second tier ${(shown / SAMPLE).toFixed(3)}), precision planted ${above ? (trueAbove / above).toFixed(3) : "n/a"} (${trueAbove}/${above}), all records ${fmt(precisionAll)} (${strangerAbove} stranger proposals from ${unrelatedSample.length} of ${unrelated.length} unrelated records), engine p50/p95 ${ms(percentile(engineMs, 50))} / ${ms(percentile(engineMs, 95))}`;
  log(quick);
  if (flag("explain")) explainThresholds(tuning);
  if (flag("quick")) {
    await handle.close();
    await client.end();
    return;
  }
  const r0 = performance.now();
  let progress = await rematchFound(db, { limit: 200 });
  while (!progress.done) progress = await rematchFound(db, { after: progress.last, limit: 200 });
  const rematchS = (performance.now() - r0) / 1000;
  // Precision over everything the full re-match wrote: every found record's proposals.
  const written = (
    await client.query<{ total: number; good: number }>(
      `SELECT count(*)::int AS total, count(t.found_id)::int AS good FROM "MatchProposal" m
       LEFT JOIN bench_truth t ON t.found_id = m."foundPersonId" AND t.case_id = m."caseId"
       WHERE m.kind = 'FOUND' AND m.status <> 'CANDIDATE'`,
    )
  ).rows[0]!;
  log(`  full re-match wrote ${written.total} proposals, ${written.good} of them true pairs`);
  await handle.close();
  await client.end();

  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");
  const line = `| ${new Date().toISOString().slice(0, 16)} | ${N} / ${foundRows} / ${PAIRS} | ${SAMPLE} | ${(hits / SAMPLE).toFixed(3)} (proposed ${queued.toFixed(3)}, second tier ${(shown / SAMPLE).toFixed(3)}) | ${(baseHits / SAMPLE).toFixed(3)} | planted ${above ? (trueAbove / above).toFixed(3) : "n/a"}, all ${written.total ? (written.good / written.total).toFixed(3) : "n/a"} (${written.good} / ${written.total}) | ${ms(percentile(engineMs, 50))} / ${ms(percentile(engineMs, 95))} | ${ms(percentile(baseMs, 50))} / ${ms(percentile(baseMs, 95))} | ${rematchS.toFixed(0)} s | ${os.cpus().length} cores, load ${load} |`;
  const file = "docs/BENCHMARKS.md";
  let text = fs.readFileSync(file, "utf8");
  const heading = "## Matching (npm run bench:match)";
  if (!text.includes(heading))
    text += `\n${heading}\n\nSynthetic claims / found records / planted true pairs (bench/match.ts). recall@10: the true claim among the engine's 10 best for its found record; baseline: plain-SQL trigram name match, top 10. Precision: true pairs among the engine's proposals at or above the review threshold (${REVIEW_THRESHOLD}). Database time: one found record's candidates and their rows (engine) or the name query (baseline). Full re-match: every open found record through the engine, proposals written. Targets (issue 13, at 1M claims): recall@10 >= 0.95, precision >= 0.8, p95 <= 200 ms.\n\n| run (UTC) | claims / found / pairs | sampled | recall@10 | baseline recall@10 | precision | engine p50 / p95 | baseline p50 / p95 | full re-match | machine |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n`;
  // The row goes at the end of the matching table (other sections may follow it).
  const start = text.indexOf(heading);
  const lines = text.slice(start).split("\n");
  let end = lines.findIndex((l, i) => i > 0 && l.startsWith("| ---"));
  while (lines[end + 1]?.startsWith("|")) end++;
  lines.splice(end + 1, 0, line);
  text = text.slice(0, start) + lines.join("\n");
  fs.writeFileSync(file, text);
  log(line);
}

/** Precision and recall of the proposals at other thresholds, to choose one (tuning only). */
function explainThresholds(runs: { ranked: { id: string; score: number }[]; want: string }[]) {
  // The stand-out rule (planted records only) at other thresholds and margins, groups of 1-2.
  for (const t of [0.45, 0.5, 0.55, 0.6])
    for (const margin of [0.03, 0.05, 0.08]) {
      let above = 0;
      let good = 0;
      for (const r of runs) {
        const x = r.ranked;
        const k = [1, 2].find(
          (k) =>
            x[k - 1] && x[k - 1]!.score >= t && (!x[k] || x[k - 1]!.score - x[k]!.score >= margin - 1e-9),
        );
        const kept = k ? x.slice(0, k) : [];
        above += kept.length;
        if (kept.some((y) => y.id === r.want)) good++;
      }
      log(
        `  stand out at ${t.toFixed(2)} by ${margin}: ${above} proposals, precision ${(good / Math.max(1, above)).toFixed(3)}, true pair proposed ${(good / runs.length).toFixed(3)}`,
      );
    }
  for (let t = 0.45; t <= 0.851; t += 0.05) {
    let above = 0;
    let good = 0;
    for (const r of runs) {
      const kept = r.ranked.filter((x) => x.score >= t);
      above += kept.length;
      if (kept.some((x) => x.id === r.want)) good++;
    }
    log(
      `  threshold ${t.toFixed(2)}: ${above} proposals, precision ${(good / Math.max(1, above)).toFixed(3)}, true pair proposed ${(good / runs.length).toFixed(3)}`,
    );
  }
  for (const gap of [0, 0.02, 0.05, 0.08]) {
    let above = 0;
    let good = 0;
    for (const r of runs) {
      const best = r.ranked[0];
      if (!best || best.score < 0.45) continue;
      // Within `gap` of the best: the ones a reviewer could not tell apart from it.
      const kept = r.ranked.filter((x) => x.score >= 0.45 && x.score >= best.score - gap);
      above += kept.length;
      if (kept.some((x) => x.id === r.want)) good++;
    }
    log(
      `  near the best (gap ${gap}): ${above} proposals, precision ${(good / Math.max(1, above)).toFixed(3)}, true pair proposed ${(good / runs.length).toFixed(3)}`,
    );
  }
}

/** Why the true claim is not in the top 10: not a candidate, excluded, or ranked below. */
async function explainMiss(
  db: Parameters<typeof loadClaims>[0],
  f: MatchProfile,
  want: string,
  candidates: string[],
  ranked: { id: string; score: number }[],
) {
  const c = (await loadClaims(db, [want])).get(want)!;
  const r = compareProfiles(c.profile, f);
  const where = candidates.includes(want)
    ? `rank ${ranked.findIndex((x) => x.id === want) + 1}`
    : "not a candidate";
  const detail = r.excluded
    ? `excluded: ${String(r.excluded)}`
    : `score ${r.score.toFixed(2)} (${r.criteria.map((x) => `${x.key} ${x.points.toFixed(2)}`).join(", ")}); 10th ${ranked[9]?.score.toFixed(2) ?? "-"}`;
  log(
    `  miss: found [${f.nameWords.join(" ")}] claim [${c.profile.nameWords.join(" ")}] ${where}; ${detail}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
