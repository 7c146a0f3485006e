// Intake load for the fault benchmark: clients that each file claims through the API and retry
// every claim (same Idempotency-Key) until it is acknowledged, as a partner system would.
import crypto from "node:crypto";
import { goodClaim } from "../src/features/intake/claim-fixtures";

const COUNTRIES = [
  { country: "BO", region: "BO-L", city: "El Alto" },
  { country: "PE", region: undefined, city: "Puno" },
  { country: "GT", region: undefined, city: "Quetzaltenango" },
] as const;

export interface LoadStats {
  requests: number;
  status5xx: number;
  status503: number;
  status4xx: number;
  networkErrors: number;
  /** submissionId -> case number, from the first acknowledgement. */
  acked: Map<string, string>;
  /** Retries that acknowledged the same id with another case number (must stay 0). */
  conflictingAcks: number;
  /** Claims still unacknowledged when the clients gave up. */
  unacknowledged: number;
  ackTimes: number[];
}

export function newStats(): LoadStats {
  return {
    requests: 0,
    status5xx: 0,
    status503: 0,
    status4xx: 0,
    networkErrors: 0,
    acked: new Map(),
    conflictingAcks: 0,
    unacknowledged: 0,
    ackTimes: [],
  };
}

function makeClaim() {
  const c = goodClaim();
  const place = COUNTRIES[crypto.randomInt(COUNTRIES.length)]!;
  return { ...c, lastSeen: { ...c.lastSeen, ...place } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Files one claim, retrying until acknowledged or until `giveUpAt`. */
async function fileWithRetries(origin: string, stats: LoadStats, giveUpAt: number) {
  const claim = makeClaim();
  const body = JSON.stringify(claim);
  for (let attempt = 0; Date.now() < giveUpAt; attempt++) {
    try {
      const res = await fetch(`${origin}/api/v1/claims`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "idempotency-key": claim.submissionId },
        signal: AbortSignal.timeout(20_000),
      });
      stats.requests++;
      const json = (await res.json().catch(() => ({}))) as { caseNumber?: string };
      if ((res.status === 200 || res.status === 201) && json.caseNumber) {
        const first = stats.acked.get(claim.submissionId);
        if (first && first !== json.caseNumber) stats.conflictingAcks++;
        if (!first) {
          stats.acked.set(claim.submissionId, json.caseNumber);
          stats.ackTimes.push(Date.now());
        }
        return;
      }
      if (res.status >= 500) stats.status5xx++;
      if (res.status === 503) stats.status503++;
      if (res.status >= 400 && res.status < 500 && res.status !== 429) {
        stats.status4xx++;
        return; // a refused claim is not retried (and must not exist: the ledger checks acks only)
      }
    } catch {
      stats.networkErrors++;
    }
    await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)) + crypto.randomInt(100));
  }
  stats.unacknowledged++;
}

/** `clients` loops filing claims until `stopAt`; retries of started claims may run until `giveUpAt`. */
export async function runLoad(origin: string, clients: number, stopAt: number, giveUpAt: number) {
  const stats = newStats();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < stopAt) await fileWithRetries(origin, stats, giveUpAt);
    }),
  );
  return stats;
}
