// What of a claim a staff member may see, beyond whether they may reach it at all (the Scope):
// the family's cross-border consent level and the seal of a located adult (see the decision on
// consent levels). Pure, so the table test, the data modules and the benchmarks share it.
import type { Prisma } from "@/generated/prisma/client";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import type { Viewer } from "./viewer";

export { CROSS_BORDER_CONSENTS } from "@/lib/case-options";

/**
 * full: everything the role allows; identifying: the card other countries may see (name, age,
 * sex, photo, case number, "contact the owning unit"); sealed: a located adult's record, shown
 * to staff outside the owning unit as sealed (name, number, status); hidden: not at all.
 */
export type CaseAccess = "full" | "identifying" | "sealed" | "hidden";

/** The columns of a claim the decision reads. */
export interface ConsentFacts {
  countryCode: string;
  crossBorderConsent: CrossBorderConsent;
  sealedAt: Date | null;
  assignedOrgId: string | null;
  practiceSessionId: string | null;
}

/** Whether the claim is another country's than the viewer's (a sandbox is never foreign). */
export function isForeignCase(viewer: Viewer, c: Pick<ConsentFacts, "countryCode" | "practiceSessionId">) {
  return c.practiceSessionId === null && viewer.countryCode !== c.countryCode;
}

/**
 * The owning unit of a claim: its assigned organisation, or, while none is assigned, the police
 * of its country. Only they see a sealed record in full.
 */
export function isOwningUnit(viewer: Viewer, c: Pick<ConsentFacts, "countryCode" | "assignedOrgId">) {
  if (c.assignedOrgId) return viewer.organizationId === c.assignedOrgId;
  return viewer.role === "POLICE" && viewer.countryCode === c.countryCode;
}

/** What the viewer may see of a claim they can already reach through their read scope. */
export function caseAccess(viewer: Viewer, c: ConsentFacts): CaseAccess {
  if (c.sealedAt && !isOwningUnit(viewer, c)) return "sealed";
  if (!isForeignCase(viewer, c)) return "full";
  switch (c.crossBorderConsent) {
    case "NETWORK":
      return "full";
    case "IDENTIFYING":
      return "identifying";
    case "OWN_COUNTRY":
      return "hidden";
  }
}

/**
 * Opening this claim asks the officer why (written to the access log): another country's claim,
 * or a sealed one. Partner tokens are service accounts, named in the log; they are not asked.
 */
export function needsAccessReason(viewer: Viewer, c: ConsentFacts): boolean {
  if (viewer.api) return false;
  return isForeignCase(viewer, c) || c.sealedAt !== null;
}

/** The fields of a claim each access shows; the table test and the data layer share it. */
export const VISIBLE_FIELDS = {
  full: "all",
  identifying: [
    "caseNumber",
    "countryCode",
    "status",
    "givenNames",
    "familyNames",
    "otherNames",
    "sex",
    "dateOfBirth",
    "approxAge",
    "photos",
  ],
  sealed: ["caseNumber", "countryCode", "status", "givenNames", "familyNames"],
  hidden: [],
} as const satisfies Record<CaseAccess, "all" | readonly string[]>;

type Projection<T, A extends CaseAccess> = A extends "full" ? T : Partial<T>;

/** The row with only the fields `access` shows (all of them for full, none for hidden). */
export function projectCase<T extends Record<string, unknown>, A extends CaseAccess>(
  access: A,
  row: T,
): Projection<T, A> {
  const fields = VISIBLE_FIELDS[access];
  if (fields === "all") return row as Projection<T, A>;
  const keep = new Set<string>(fields);
  return Object.fromEntries(Object.entries(row).filter(([k]) => keep.has(k))) as Projection<T, A>;
}

/**
 * caseAccess(viewer, claim) = "full" as a Prisma filter on `Case` (consent-sql.ts has the SQL
 * form; its integration test holds both to caseAccess). For reads that show what the whole
 * record says, such as a match proposal, whose score compares the hidden fields too.
 */
export function fullAccessWhere(viewer: ConsentViewer) {
  return {
    AND: [
      unsealedWhere(viewer),
      {
        OR: [
          { practiceSessionId: { not: null } },
          { countryCode: viewer.countryCode },
          { crossBorderConsent: "NETWORK" },
        ],
      },
    ],
  } satisfies Prisma.CaseWhereInput;
}

type ConsentViewer = Pick<Viewer, "countryCode" | "organizationId" | "role">;

/** Claims not sealed from this viewer: unsealed, or the viewer is the owning unit (isOwningUnit). */
export function unsealedWhere(viewer: ConsentViewer) {
  const owning: Prisma.CaseWhereInput[] = [
    ...(viewer.organizationId ? [{ assignedOrgId: viewer.organizationId }] : []),
    ...(viewer.role === "POLICE" ? [{ assignedOrgId: null, countryCode: viewer.countryCode }] : []),
  ];
  return { OR: [{ sealedAt: null }, ...owning] } satisfies Prisma.CaseWhereInput;
}
