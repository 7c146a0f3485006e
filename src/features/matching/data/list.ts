import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, matchReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { MatchListInput } from "../schemas";

export const MATCH_PAGE_SIZE = 25;

// Best first; createdAt and id break ties so that every row has one place (pages and cursors).
const QUEUE_ORDER: Prisma.MatchProposalOrderByWithRelationInput[] = [
  { score: "desc" },
  { createdAt: "desc" },
  { id: "asc" },
];
const queueSelect = {
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
} as const satisfies Prisma.MatchProposalSelect;

/** Where a cursor page starts: after the (score, createdAt, id) of the previous page's last row. */
export interface ProposalKey {
  score: number;
  createdAt: Date;
  id: string;
}

const after = (k: ProposalKey): Prisma.MatchProposalWhereInput => ({
  OR: [
    { score: { lt: k.score } },
    { score: k.score, createdAt: { lt: k.createdAt } },
    { score: k.score, createdAt: k.createdAt, id: { gt: k.id } },
  ],
});

/**
 * The queue for the API: the same scope and order as the page, cut by a keyset instead of an
 * offset, so a partner walking it while new proposals arrive sees none twice.
 */
export async function listProposalsAfter(
  viewer: Viewer,
  p: { status: MatchListInput["status"]; after?: ProposalKey; limit: number },
) {
  if (!can(viewer, "match:read")) throw new AppError("common:errors.forbidden", 403);
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: { AND: [...queueWhere(viewer, p.status), ...(p.after ? [after(p.after)] : [])] },
    orderBy: QUEUE_ORDER,
    take: p.limit + 1,
    select: queueSelect,
  });
  const page = rows.slice(0, p.limit);
  const last = page.at(-1);
  return {
    rows: page,
    next:
      rows.length > p.limit && last ? { score: last.score, createdAt: last.createdAt, id: last.id } : null,
  };
}

const NOT_MERGED = {
  NOT: {
    kind: "DUPLICATE" as const,
    OR: [{ case: { duplicateOfId: { not: null } } }, { otherCase: { duplicateOfId: { not: null } } }],
  },
};

/** The queue's filter: scope and status; merged duplicates are settled and leave the open ones. */
function queueWhere(viewer: Viewer, status: MatchListInput["status"]): Prisma.MatchProposalWhereInput[] {
  const open = status === "PROPOSED" || status === "NEEDS_INFO";
  return [matchReadScope(viewer), { status }, ...(open ? [NOT_MERGED] : [])];
}

/**
 * The review queue: proposals the viewer may see (matchReadScope), best first. Names are shown
 * (police read both countries' records); a list writes no access-log row, opening a pair does.
 */
export async function listProposals(viewer: Viewer, p: MatchListInput) {
  if (!can(viewer, "match:read")) throw new AppError("common:errors.forbidden", 403);
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: { AND: queueWhere(viewer, p.status) },
    orderBy: QUEUE_ORDER,
    skip: (p.page - 1) * MATCH_PAGE_SIZE,
    take: MATCH_PAGE_SIZE + 1,
    select: queueSelect,
  });
  return { rows: rows.slice(0, MATCH_PAGE_SIZE), page: p.page, hasMore: rows.length > MATCH_PAGE_SIZE };
}
export type ProposalList = Awaited<ReturnType<typeof listProposals>>;

/** The proposals of one case the viewer may see (case page), best first, at most 20. */
export async function listProposalsForCase(viewer: Viewer, caseId: string) {
  if (!can(viewer, "match:read") || viewer.practiceSessionId) return [];
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: {
      AND: [
        matchReadScope(viewer),
        { OR: [{ caseId }, { otherCaseId: caseId }] },
        { status: { not: "CANDIDATE" } },
      ],
    },
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

/** How many second-tier pairs a record's page lists (the engine keeps at most as many per found record). */
export const SECOND_TIER_SHOWN = 5;

/**
 * The second tier of one found record or one claim: the engine's best pairs that did not stand
 * out enough for the queue (status CANDIDATE, decision 169), best first, under the same scope as
 * proposals (matchReadScope: a trainer or a migration officer sees none, an NGO its own
 * country's pairs only). Staff open one through the same comparison page.
 */
export async function listSecondTier(viewer: Viewer, of: { foundPersonId: string } | { caseId: string }) {
  if (!can(viewer, "match:read") || viewer.practiceSessionId) return [];
  const db = await getDb();
  const rows = await db.matchProposal.findMany({
    where: { AND: [matchReadScope(viewer), { kind: "FOUND", status: "CANDIDATE" }, of] },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: SECOND_TIER_SHOWN,
    select: {
      id: true,
      score: true,
      case: { select: { caseNumber: true } },
      foundPerson: { select: { foundNumber: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    other: "caseId" in of ? (r.foundPerson?.foundNumber ?? "") : r.case.caseNumber,
  }));
}
export type SecondTier = Awaited<ReturnType<typeof listSecondTier>>;
