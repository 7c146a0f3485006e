// What each planned selection means as a query (decision 143): the rows a rule selects, and the
// rows a run soft-deleted that are due for the purge. Shared by the dry run and the real run.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { daysBefore, UNDO_DAYS, type CountryFilter, type RetentionSelection } from "./planner";

export const CLOSED_STATUSES: CaseStatus[] = ["CLOSED", "LOCATED_ALIVE", "LOCATED_DECEASED"];
export const LOCATED_STATUSES: CaseStatus[] = ["LOCATED_ALIVE", "LOCATED_DECEASED"];

/** The selection's countries, narrowed to one country when a country admin asks. */
export function countryWhere(f: CountryFilter, only?: string): Prisma.StringFilter | string {
  const base: Prisma.StringFilter = "only" in f ? { in: f.only } : { notIn: f.except };
  return only ? { ...base, equals: only } : base;
}

/** Live real cases a case rule selects (the clock is the case's last change). */
export function caseSelectionWhere(s: RetentionSelection, only?: string): Prisma.CaseWhereInput {
  return {
    practiceSessionId: null,
    deletedAt: null,
    countryCode: countryWhere(s.countries, only),
    updatedAt: { lt: s.cutOff },
    status: s.kind === "REJECTED_CASE" ? "REJECTED" : { in: CLOSED_STATUSES },
    // An anonymised case is not anonymised again (a DELETE rule still takes it).
    ...(s.action === "ANONYMISE" ? { anonymisedAt: null } : {}),
  };
}

/** Live photos of located people whose case last changed before the cut-off. */
export function photoSelectionWhere(s: RetentionSelection, only?: string): Prisma.CasePhotoWhereInput {
  return {
    deletedAt: null,
    case: {
      practiceSessionId: null,
      deletedAt: null,
      status: { in: LOCATED_STATUSES },
      countryCode: countryWhere(s.countries, only),
      updatedAt: { lt: s.cutOff },
    },
  };
}

export function accessLogSelectionWhere(
  s: RetentionSelection,
  only?: string,
): Prisma.CaseAccessLogWhereInput {
  return { createdAt: { lt: s.cutOff }, case: { countryCode: countryWhere(s.countries, only) } };
}

/** Soft-deleted longer ago than the undo window: the next run purges them. */
export const purgeDue = (now: Date) => ({ not: null, lt: daysBefore(now, UNDO_DAYS) });
/** Still within the undo window. */
export const undoable = (now: Date) => ({ gte: daysBefore(now, UNDO_DAYS) });
