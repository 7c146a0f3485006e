// Case numbers look like BZ-2026-000123: per prefix and year, without gaps. The counter row is
// locked by the upsert until the surrounding transaction ends, so two claims filed at the same
// moment get consecutive numbers, and a rolled-back claim gives its number back.
import type { PrismaClient } from "@/generated/prisma/client";

type TxLike = Pick<PrismaClient, "$queryRaw">;

export async function allocateCaseNumber(tx: TxLike, prefix: string, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "CaseCounter" ("prefix", "year", "lastValue") VALUES (${prefix}, ${year}, 1)
    ON CONFLICT ("prefix", "year") DO UPDATE SET "lastValue" = "CaseCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  const n = Number(rows[0]!.lastValue);
  return `${prefix}-${year}-${String(n).padStart(6, "0")}`;
}

/**
 * Numbers of sandbox rows never look like real ones: PRACTICE-BZ-2026-000001 for practice
 * cases, PRACTICE-BZ-F-2026-000001 for practice found records.
 */
export function practiceCasePrefix(countryCode: string): string {
  return `PRACTICE-${countryCode.toUpperCase()}`;
}

export const CASE_NUMBER_PATTERN = /^[A-Z]{1,8}(-[A-Z]{2})?-\d{4}-\d{6}$/;
