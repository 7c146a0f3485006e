// The case statuses as a list, for forms and schemas that run in the browser. Kept apart from
// status-machine.ts, which asks the policy (and through it the Prisma scope adapters, which must
// never reach a client bundle).
import type { CaseStatus } from "@/generated/prisma/enums";

export const CASE_STATUSES = [
  "REPORTED",
  "VERIFIED",
  "ACTIVE",
  "LOCATED_ALIVE",
  "LOCATED_DECEASED",
  "CLOSED",
  "REJECTED",
] as const satisfies readonly CaseStatus[];

export function isStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}
