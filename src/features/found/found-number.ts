// Found numbers look like GT-F-2026-000012: the country's case prefix, an F, the year and a
// counter without gaps. They share the case counter table (prefix "GT-F"), so the same row lock
// gives consecutive numbers to records filed at the same moment.
import { allocateCaseNumber } from "@/lib/case-number";

type Tx = Parameters<typeof allocateCaseNumber>[0];

export function allocateFoundNumber(tx: Tx, casePrefix: string, year: number): Promise<string> {
  return allocateCaseNumber(tx, `${casePrefix}-F`, year);
}
