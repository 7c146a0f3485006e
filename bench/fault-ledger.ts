// After the faults: every acknowledged claim exists exactly once with the case number it was
// given, case numbers run 1..n per prefix and year with no gap or repeat, and every case has
// its CREATED event.
import pg from "pg";

export interface Ledger {
  cases: number;
  lost: number;
  duplicates: number;
  wrongNumber: number;
  numberGaps: number;
  numberRepeats: number;
  missingCreated: number;
}

export async function checkLedger(url: string, acked: Map<string, string>): Promise<Ledger> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const rows = (
      await db.query<{ submissionId: string | null; caseNumber: string }>(
        `SELECT "submissionId", "caseNumber" FROM "Case"`,
      )
    ).rows;
    const bySubmission = new Map<string, string[]>();
    for (const r of rows)
      if (r.submissionId)
        bySubmission.set(r.submissionId, [...(bySubmission.get(r.submissionId) ?? []), r.caseNumber]);
    let lost = 0;
    let duplicates = 0;
    let wrongNumber = 0;
    for (const [id, caseNumber] of acked) {
      const found = bySubmission.get(id) ?? [];
      if (found.length === 0) lost++;
      if (found.length > 1) duplicates += found.length - 1;
      if (found.length && !found.includes(caseNumber)) wrongNumber++;
    }
    const series = new Map<string, number[]>();
    for (const r of rows) {
      const m = /^(.*)-(\d{4})-(\d{6})$/.exec(r.caseNumber)!;
      const key = `${m[1]}-${m[2]}`;
      series.set(key, [...(series.get(key) ?? []), Number(m[3])]);
    }
    let numberGaps = 0;
    let numberRepeats = 0;
    for (const numbers of series.values()) {
      numbers.sort((a, b) => a - b);
      numberRepeats += numbers.length - new Set(numbers).size;
      numberGaps += numbers[numbers.length - 1]! - new Set(numbers).size;
    }
    const missingCreated = Number(
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Case" c WHERE NOT EXISTS
             (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c."id" AND e."type" = 'CREATED')`,
        )
      ).rows[0]!.n,
    );
    return { cases: rows.length, lost, duplicates, wrongNumber, numberGaps, numberRepeats, missingCreated };
  } finally {
    await db.end();
  }
}
