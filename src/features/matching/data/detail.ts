import "server-only";
import { logFoundAccess } from "@/features/found/data";
import { logCaseAccess } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, matchReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CriterionBreakdown } from "@/lib/matching/score";

export const claimSelect = {
  id: true,
  caseNumber: true,
  status: true,
  countryCode: true,
  region: { select: { name: true } },
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  heightCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  nationality: true,
  distinguishingMarks: true,
  languages: true,
  clothing: true,
  lastSeenCity: true,
  lastSeenAt: true,
  duplicateOfId: true,
  photos: { where: { deletedAt: null }, orderBy: { position: "asc" }, take: 1, select: { id: true } },
} as const;

export const foundSelect = {
  id: true,
  foundNumber: true,
  status: true,
  condition: true,
  countryCode: true,
  region: { select: { name: true } },
  namesGiven: true,
  sex: true,
  ageMin: true,
  ageMax: true,
  heightMinCm: true,
  heightMaxCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  skin: true,
  nationality: true,
  clothing: true,
  languages: true,
  foundPlace: true,
  foundAt: true,
  marks: { orderBy: { position: "asc" }, select: { type: true, bodyLocation: true, description: true } },
  photos: { orderBy: { position: "asc" }, take: 1, select: { id: true } },
} as const;

const proposalSelect = {
  id: true,
  kind: true,
  status: true,
  score: true,
  criteria: true,
  caseCountryCode: true,
  otherCountryCode: true,
  decisionNote: true,
  decidedAt: true,
  decidedBy: { select: { name: true } },
  createdAt: true,
  case: { select: claimSelect },
  foundPerson: { select: foundSelect },
  otherCase: { select: claimSelect },
} as const;

/**
 * One proposal as the viewer may see it, with both records side by side. Opening it is a read
 * of both records: logged on each (case and found access logs) in the same transaction. Photos
 * of a deceased person are never included here (the record page keeps them folded).
 */
export async function getProposalForViewer(viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const r = await tx.matchProposal.findFirst({
      where: { id, ...matchReadScope(viewer) },
      select: proposalSelect,
    });
    if (!r) return null;
    for (const c of [r.case, r.otherCase])
      if (c) await logCaseAccess(tx, { caseId: c.id, userId: viewer.id, action: "MATCH_VIEW" });
    if (r.foundPerson)
      await logFoundAccess(tx, { foundPersonId: r.foundPerson.id, userId: viewer.id, action: "MATCH_VIEW" });
    return r;
  });
  if (!row) throw new NotFoundError();
  const found = row.foundPerson && {
    ...row.foundPerson,
    photos: row.foundPerson.condition === "DECEASED" ? [] : row.foundPerson.photos,
  };
  const open = ["PROPOSED", "NEEDS_INFO"].includes(row.status);
  // Confirming changes the case's status: police of the claim's country only (decision 096).
  const owner = viewer.role === "POLICE" && viewer.countryCode === row.caseCountryCode;
  const review = can(viewer, "match:review");
  // Merging two claims: police of either claim's country (decision 091); mergeClaims checks again.
  const merge =
    row.kind === "DUPLICATE" &&
    open &&
    can(viewer, "case:markDuplicate") &&
    [row.caseCountryCode, row.otherCountryCode].includes(viewer.countryCode) &&
    !row.case.duplicateOfId &&
    !row.otherCase?.duplicateOfId;
  return {
    ...row,
    foundPerson: found,
    criteria: row.criteria as unknown as CriterionBreakdown[],
    may: {
      reject: review && open,
      needsInfo: review && open,
      confirm: review && owner && open && row.kind === "FOUND",
      unconfirm: review && owner && row.status === "CONFIRMED" && row.kind === "FOUND",
      merge,
      propose: review && row.status === "CANDIDATE",
    },
  };
}
export type ProposalDetail = Awaited<ReturnType<typeof getProposalForViewer>>;
