import "server-only";
import type { CaseStatus, FoundStatus } from "@/generated/prisma/enums";
import { recordFoundEvent } from "@/features/found/data";
import { addInboxItems, type NewInboxItem } from "@/features/inbox/data";
import { moveCaseStatus } from "@/features/cases/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { canSetStatus, matchReviewScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { MatchDecisionInput } from "../schemas";

// Review decisions on a proposal. Each runs in one transaction: the proposal's new state, an
// event on every record involved, and inbox items for the police of both countries.

const select = {
  id: true,
  kind: true,
  status: true,
  caseId: true,
  foundPersonId: true,
  otherCaseId: true,
  caseCountryCode: true,
  otherCountryCode: true,
  caseStatusBefore: true,
  foundStatusBefore: true,
  case: { select: { caseNumber: true, status: true } },
  foundPerson: { select: { foundNumber: true, status: true, condition: true, identifiedCaseId: true } },
  otherCase: { select: { caseNumber: true } },
} as const;

type Proposal = NonNullable<Awaited<ReturnType<typeof load>>>;

async function load(tx: Tx, viewer: Viewer, id: string) {
  // Row lock: two reviewers deciding the same pair at once queue instead of both writing.
  await tx.$queryRaw`SELECT id FROM "MatchProposal" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.matchProposal.findFirst({ where: { id, ...matchReviewScope(viewer) }, select });
}

/** An event on each record of the pair, naming the other record. */
async function recordPairEvents(tx: Tx, viewer: Viewer, p: Proposal, type: string, note: string) {
  await recordCaseEvent(tx, {
    caseId: p.caseId,
    actorKind: "STAFF",
    actorUserId: viewer.id,
    type,
    newValue: p.foundPerson?.foundNumber ?? p.otherCase?.caseNumber ?? null,
    reason: note,
  });
  if (p.otherCaseId)
    await recordCaseEvent(tx, {
      caseId: p.otherCaseId,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type,
      newValue: p.case.caseNumber,
      reason: note,
    });
  if (p.foundPersonId)
    await recordFoundEvent(tx, {
      foundPersonId: p.foundPersonId,
      actorUserId: viewer.id,
      type,
      newValue: p.case.caseNumber,
      reason: note,
    });
}

/** Police of both countries (one item each); `body` only for a staff-written request. */
function tellBothCountries(
  tx: Tx,
  viewer: Viewer,
  p: Proposal,
  reason: string,
  body: string | null,
  kind: "MATCH" | "REQUEST" = "MATCH",
) {
  const countries = [...new Set([p.caseCountryCode, p.otherCountryCode])];
  // A request goes to the other country; within one country, to its own police.
  const to =
    kind === "REQUEST" && countries.length > 1
      ? countries.filter((c) => c !== viewer.countryCode)
      : countries;
  const at = Date.now();
  const items: NewInboxItem[] = to.map((country) => ({
    kind,
    caseId: p.caseId,
    otherCaseId: p.otherCaseId,
    to: { countryCode: country, roles: ["POLICE"] },
    fromCountryCode: viewer.countryCode,
    actorUserId: viewer.id,
    reasons: [reason],
    body,
    refId: p.id,
    dedupeKey: `match:${p.id}:${reason}:${country}:${at}`,
  }));
  return addInboxItems(tx, items);
}

const OPEN: readonly string[] = ["PROPOSED", "NEEDS_INFO"];

/** The path a confirmation takes through the status machine (each step a valid transition). */
function pathTo(from: CaseStatus, to: CaseStatus): CaseStatus[] {
  const order: CaseStatus[] = ["REPORTED", "VERIFIED", "ACTIVE"];
  const i = order.indexOf(from);
  if (i < 0) throw new AppError("matches:errors.caseNotOpen", 409);
  return [...order.slice(i + 1), to];
}

/** A status step through the cases workflow; a moved-on case answers "reload" (stale). */
async function setCaseStatus(
  tx: Tx,
  viewer: Viewer,
  step: { caseId: string; from: CaseStatus; to: CaseStatus; reason: string; tellFamily: boolean },
) {
  try {
    await moveCaseStatus(tx, viewer, step);
  } catch (err) {
    if (err instanceof AppError && err.key === "cases:errors.staleStatus")
      throw new AppError("matches:errors.stale", 409);
    throw err;
  }
}

async function setFoundStatus(
  tx: Tx,
  viewer: Viewer,
  p: Proposal,
  data: { status: FoundStatus; identifiedCaseId: string | null },
  reason: string,
) {
  const f = p.foundPerson!;
  await tx.foundPerson.update({ where: { id: p.foundPersonId! }, data });
  if (f.status !== data.status)
    await recordFoundEvent(tx, {
      foundPersonId: p.foundPersonId!,
      actorUserId: viewer.id,
      type: "STATUS_CHANGED",
      field: "status",
      oldValue: f.status,
      newValue: data.status,
      reason,
    });
}

/**
 * Confirms a found-person match: the case goes through the status machine to located alive or
 * located deceased (as the found record says), the found record is identified and linked, and
 * police of both countries are told. Only police of the claim's country (they own its status).
 */
async function confirm(tx: Tx, viewer: Viewer, p: Proposal, note: string) {
  if (p.kind !== "FOUND" || !p.foundPerson) throw new AppError("matches:errors.notAllowed", 403);
  if (viewer.countryCode !== p.caseCountryCode) throw new AppError("matches:errors.notAllowed", 403);
  if (p.foundPerson.identifiedCaseId) throw new AppError("matches:errors.alreadyIdentified", 409);
  const target: CaseStatus = p.foundPerson.condition === "DECEASED" ? "LOCATED_DECEASED" : "LOCATED_ALIVE";
  if (!canSetStatus(viewer, target)) throw new AppError("common:errors.forbidden", 403);
  const reason = `${note} (${p.foundPerson.foundNumber})`.slice(0, 500);
  // The family hears once, at the last step (the located wording of the track page and email).
  let from = p.case.status;
  for (const to of pathTo(from, target)) {
    await setCaseStatus(tx, viewer, { caseId: p.caseId, from, to, reason, tellFamily: to === target });
    from = to;
  }
  await setFoundStatus(tx, viewer, p, { status: "IDENTIFIED", identifiedCaseId: p.caseId }, reason);
  await tx.matchProposal.update({
    where: { id: p.id },
    data: {
      status: "CONFIRMED",
      caseStatusBefore: p.case.status,
      foundStatusBefore: p.foundPerson.status,
      decidedById: viewer.id,
      decidedAt: new Date(),
      decisionNote: note,
    },
  });
  await recordPairEvents(tx, viewer, p, "MATCH_CONFIRMED", note);
  await tellBothCountries(tx, viewer, p, "MATCH_CONFIRMED", null);
}

/** Reverses a confirmation made by mistake: statuses back to what they were, link removed. */
async function unconfirm(tx: Tx, viewer: Viewer, p: Proposal, note: string) {
  if (p.status !== "CONFIRMED" || !p.foundPerson || !p.caseStatusBefore)
    throw new AppError("matches:errors.stale", 409);
  if (viewer.countryCode !== p.caseCountryCode) throw new AppError("matches:errors.notAllowed", 403);
  if (!canSetStatus(viewer, "CLOSED")) throw new AppError("common:errors.forbidden", 403);
  // Only while the case is still as the confirmation left it (a later decision is not undone).
  if (!["LOCATED_ALIVE", "LOCATED_DECEASED"].includes(p.case.status))
    throw new AppError("matches:errors.stale", 409);
  // No family message for the undo: the police unit tells the family in person (decision 096).
  await setCaseStatus(tx, viewer, {
    caseId: p.caseId,
    from: p.case.status,
    to: p.caseStatusBefore,
    reason: note,
    tellFamily: false,
  });
  await setFoundStatus(
    tx,
    viewer,
    p,
    { status: p.foundStatusBefore ?? "OPEN", identifiedCaseId: null },
    note,
  );
  await tx.matchProposal.update({
    where: { id: p.id },
    data: {
      status: "PROPOSED",
      caseStatusBefore: null,
      foundStatusBefore: null,
      decidedById: viewer.id,
      decidedAt: new Date(),
      decisionNote: note,
    },
  });
  await recordPairEvents(tx, viewer, p, "MATCH_UNCONFIRMED", note);
  await tellBothCountries(tx, viewer, p, "MATCH_UNCONFIRMED", null);
}

async function reject(tx: Tx, viewer: Viewer, p: Proposal, note: string, status: "REJECTED" | "NEEDS_INFO") {
  await tx.matchProposal.update({
    where: { id: p.id },
    data: { status, decidedById: viewer.id, decidedAt: new Date(), decisionNote: note },
  });
  if (status === "REJECTED") {
    await recordPairEvents(tx, viewer, p, "MATCH_REJECTED", note);
  } else {
    await recordPairEvents(tx, viewer, p, "MATCH_INFO_REQUESTED", note);
    // The note is staff-written: it travels as the request's body (decision 085).
    await tellBothCountries(tx, viewer, p, "MATCH_INFO_REQUESTED", note, "REQUEST");
  }
}

/**
 * A second-tier pair (the engine's best claims for a found record that did not stand out) into
 * the review queue: police of either country, with a note, told like a new proposal. The
 * reviewer's name stays on the row, so a later re-match does not take it back out.
 */
async function propose(tx: Tx, viewer: Viewer, p: Proposal, note: string) {
  if (p.status !== "CANDIDATE") throw new AppError("matches:errors.stale", 409);
  await tx.matchProposal.update({
    where: { id: p.id },
    data: { status: "PROPOSED", decidedById: viewer.id, decidedAt: new Date(), decisionNote: note },
  });
  await recordPairEvents(tx, viewer, p, "MATCH_PROPOSED", note);
  await tellBothCountries(tx, viewer, p, `MATCH:${p.kind}`, null);
}

/** Applies a reviewer's decision. Out of scope and unknown give NotFoundError; nothing is written on refusal. */
export async function decideMatch(viewer: Viewer, input: MatchDecisionInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const p = await load(tx, viewer, input.id);
    if (!p) throw new NotFoundError();
    if (input.decision === "unconfirm") return unconfirm(tx, viewer, p, input.note);
    if (input.decision === "propose") return propose(tx, viewer, p, input.note);
    if (!OPEN.includes(p.status)) throw new AppError("matches:errors.stale", 409);
    if (input.decision === "confirm") return confirm(tx, viewer, p, input.note);
    return reject(tx, viewer, p, input.note, input.decision === "reject" ? "REJECTED" : "NEEDS_INFO");
  });
}
