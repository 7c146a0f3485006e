import "server-only";
import { getDb, type Tx } from "@/server/db";
import { transactionOptions } from "@/server/db-timeouts";
import { logUnexpected } from "@/server/errors";
import { findPossibleDuplicates, type Match, type NewCase } from "./duplicate-query";

export type { NewCase };

/**
 * The one entry point for duplicate detection (a matching engine can replace what is behind it).
 * Runs after the claim is committed, outside any lock: the claim is acknowledged whatever
 * happens here, so a failure is logged, not thrown. Of two look-alike claims committed at the
 * same moment, the one committed second always sees the first (its check starts after its own
 * commit), so every pair is found at least once. See docs/decisions/110-intake-one-statement.md.
 */
export async function checkForDuplicates(c: NewCase): Promise<number> {
  try {
    const db = await getDb();
    const matches = await findPossibleDuplicates(db, c);
    if (matches.length)
      await db.$transaction((tx) => markPossibleDuplicates(tx, c, matches), transactionOptions());
    return matches.length;
  } catch (err) {
    logUnexpected(err, "checkForDuplicates");
    return 0;
  }
}

/** Marks both cases, with a candidate row and a history event on each side. */
async function markPossibleDuplicates(tx: Tx, c: NewCase, matches: Match[]) {
  const ids = [c.id, ...matches.map((m) => m.id)];
  // Checks of look-alike claims filed at the same moment update overlapping sets of cases:
  // taking the row locks in one order (by id) makes them queue instead of deadlocking.
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  await tx.case.updateMany({ where: { id: { in: ids } }, data: { possibleDuplicate: true } });
  await tx.duplicateCandidate.createMany({
    data: matches.map((m) => ({ caseId: c.id, otherCaseId: m.id, score: m.score })),
    skipDuplicates: true,
  });
  const common = { actorKind: "SYSTEM" as const, type: "POSSIBLE_DUPLICATE", field: "possibleDuplicate" };
  await tx.caseEvent.createMany({
    data: matches.flatMap((m) => [
      { ...common, caseId: m.id, newValue: c.caseNumber },
      { ...common, caseId: c.id, newValue: m.caseNumber },
    ]),
  });
}
