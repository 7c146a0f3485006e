import "server-only";
import { after } from "next/server";
import { addInboxItems, type NewInboxItem } from "@/features/inbox/data";
import { getDb } from "@/server/db";
import { transactionOptions } from "@/server/db-timeouts";
import { logUnexpected } from "@/server/errors";
import { matchRecord, type MatchRef, type MatchTx } from "./engine/match-record";
import type { WrittenProposal } from "./engine/proposals";

// Matching runs after the filing is committed and answered, in this process, so filing is never
// slowed and never fails because of it: errors are logged, never thrown into the request. A job
// engine can take this over without changing the callers (decision 096).

const inflight = new Set<Promise<void>>();

/** Police of both countries hear about a new proposal (one audience item per country). */
export async function notifyNewProposals(tx: MatchTx, fresh: readonly WrittenProposal[]): Promise<void> {
  if (!fresh.length) return;
  const rows = await tx.matchProposal.findMany({
    where: { id: { in: fresh.map((f) => f.id) } },
    select: {
      id: true,
      kind: true,
      caseId: true,
      caseCountryCode: true,
      otherCountryCode: true,
      updatedAt: true,
    },
  });
  const items: NewInboxItem[] = rows.flatMap((p) =>
    [...new Set([p.caseCountryCode, p.otherCountryCode])].map((country) => ({
      kind: "MATCH" as const,
      caseId: p.caseId,
      to: { countryCode: country, roles: ["POLICE" as const] },
      fromCountryCode: country === p.caseCountryCode ? p.otherCountryCode : p.caseCountryCode,
      reasons: [`MATCH:${p.kind}`],
      refId: p.id,
      dedupeKey: `match:${p.id}:${country}:${p.updatedAt.toISOString()}`,
    })),
  );
  await addInboxItems(tx, items);
}

async function run(ref: MatchRef): Promise<void> {
  try {
    await matchRecord(await getDb(), ref, { onFresh: notifyNewProposals, transaction: transactionOptions() });
  } catch (err) {
    logUnexpected(err, `matching ${ref.kind} ${ref.id}`);
  }
}

function track(start: () => Promise<void>): Promise<void> {
  const p = start().finally(() => inflight.delete(p));
  inflight.add(p);
  return p;
}

/**
 * Matches the record once the current response is sent (Next's after()); outside a request
 * (scripts, tests) on the next turn of the event loop. Never throws.
 */
export function scheduleMatching(ref: MatchRef): void {
  try {
    after(() => track(() => run(ref)));
  } catch {
    void track(() => new Promise<void>((resolve) => setImmediate(resolve)).then(() => run(ref)));
  }
}

/** Waits for every scheduled run (tests, scripts). */
export async function settleMatching(): Promise<void> {
  while (inflight.size) await Promise.all([...inflight]);
}
