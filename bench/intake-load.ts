// One intake load run: a server (the app or the floor) on a database, 10 connections of claims
// all in one country, and afterwards a count of what was acknowledged against what was written.
import crypto from "node:crypto";
import pg from "pg";
import { goodClaim } from "../src/features/intake/claim-fixtures";
import type { ClaimInput } from "../src/features/intake/schemas";
import { generateSyntheticCase } from "../src/testing/case-factory";
import { createRng } from "../src/testing/random";
import { BENCH_NOW } from "./bench-data";
import { runLoad, type HttpTiming } from "./http-timing";

export const CLAIM_COUNTRY = "BO";

export interface IntakeRun extends HttpTiming {
  /** Claims answered 201 (acknowledged) and rows written in the country during the run. */
  acknowledged: number;
  written: number;
  /** The app's matching jobs (decision 161): done during the run, and waiting or failed at its end. */
  matching?: { done: number; waiting: number; failed: number };
}

/** Synthetic people of one country, filed as claims last seen in the 60 days before BENCH_NOW. */
export function claimPool(size: number, seed: number): ClaimInput[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, () => {
    const s = generateSyntheticCase(rng, { country: CLAIM_COUNTRY, now: BENCH_NOW });
    const base = goodClaim();
    const day = new Date(BENCH_NOW.getTime() - rng.int(0, 59) * 86_400_000);
    return {
      ...base,
      person: {
        ...base.person,
        givenNames: s.givenNames,
        familyNames: s.familyNames,
        otherNames: undefined,
        sex: s.sex,
      },
      lastSeen: { ...base.lastSeen, date: day.toISOString().slice(0, 10) },
    };
  });
}

async function countRows(url: string, since: Date): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Case" WHERE "countryCode" = $1 AND "createdAt" >= $2`,
      [CLAIM_COUNTRY, since],
    );
    return Number(res.rows[0]!.n);
  } finally {
    await client.end();
  }
}

export async function loadIntake(opts: {
  base: string;
  path: string;
  url: string;
  claims: ClaimInput[];
  durationS: number;
}): Promise<IntakeRun> {
  let i = 0;
  const body = () =>
    JSON.stringify({ ...opts.claims[i++ % opts.claims.length]!, submissionId: crypto.randomUUID() });
  for (let w = 0; w < 20; w++) {
    await fetch(opts.base + opts.path, {
      method: "POST",
      body: body(),
      headers: { "content-type": "application/json" },
    });
  }
  // The database clock, not ours, stamps createdAt: take "since" from it.
  const since = new Date(Date.now() - 1000);
  const before = await countRows(opts.url, since);
  const run = await runLoad({ base: opts.base, path: opts.path, body, durationS: opts.durationS });
  await new Promise((r) => setTimeout(r, 500));
  const written = (await countRows(opts.url, since)) - before;
  return { ...run, acknowledged: run.requests - run.non2xx - run.errors, written };
}
