import "server-only";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, matchReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { MatchListInput } from "../schemas";

export const MATCH_PAGE_SIZE = 25;

/**
 * The review queue: proposals the viewer may see (matchReadScope), best first. Names are shown
 * (police read both countries' records); a list writes no access-log row, opening a pair does.
 */
export async function listProposals(viewer: Viewer, p: MatchListInput) {
  if (!can(viewer, "match:read")) throw new AppError("common:errors.forbidden", 403);
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: { ...matchReadScope(viewer), status: p.status },
    orderBy: [{ score: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (p.page - 1) * MATCH_PAGE_SIZE,
    take: MATCH_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      score: true,
      status: true,
      caseCountryCode: true,
      otherCountryCode: true,
      createdAt: true,
      case: { select: { caseNumber: true, givenNames: true, familyNames: true } },
      foundPerson: { select: { foundNumber: true, namesGiven: true, condition: true } },
      otherCase: { select: { caseNumber: true, givenNames: true, familyNames: true } },
    },
  });
  return { rows: rows.slice(0, MATCH_PAGE_SIZE), page: p.page, hasMore: rows.length > MATCH_PAGE_SIZE };
}
export type ProposalList = Awaited<ReturnType<typeof listProposals>>;

/** The proposals of one case the viewer may see (case page), best first, at most 20. */
export async function listProposalsForCase(viewer: Viewer, caseId: string) {
  if (!can(viewer, "match:read") || viewer.practiceSessionId) return [];
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: { AND: [matchReadScope(viewer), { OR: [{ caseId }, { otherCaseId: caseId }] }] },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      kind: true,
      status: true,
      score: true,
      caseId: true,
      case: { select: { caseNumber: true } },
      foundPerson: { select: { foundNumber: true } },
      otherCase: { select: { caseNumber: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    score: r.score,
    other:
      r.foundPerson?.foundNumber ?? (r.caseId === caseId ? r.otherCase?.caseNumber : r.case.caseNumber) ?? "",
  }));
}
export type CaseProposals = Awaited<ReturnType<typeof listProposalsForCase>>;
