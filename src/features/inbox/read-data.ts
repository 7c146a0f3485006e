import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { InboxKind } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { inboxScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { InboxFilter } from "./schemas";

/** What the inbox page shows of one item. Case facts only come through the viewer's read scope. */
export interface InboxEntry {
  id: string;
  kind: InboxKind;
  at: Date;
  reasons: string[];
  body: string | null;
  fromCountryCode: string | null;
  actorName: string | null;
  readAt: Date | null;
  doneAt: Date | null;
  case: { caseNumber: string; name: string; status: string; countryCode: string } | null;
}

/** Counts stop here; the header shows "99+". */
export const UNREAD_CAP = 100;

const unreadBy = (userId: string): Prisma.InboxItemWhereInput => ({
  receipts: { none: { userId, readAt: { not: null } } },
});
const openFor = (userId: string): Prisma.InboxItemWhereInput => ({
  receipts: { none: { userId, doneAt: { not: null } } },
});
const doneBy = (userId: string): Prisma.InboxItemWhereInput => ({
  receipts: { some: { userId, doneAt: { not: null } } },
});

function whereFor(viewer: Viewer, filter: InboxFilter): Prisma.InboxItemWhereInput {
  const state =
    filter.state === "done"
      ? doneBy(viewer.id)
      : filter.state === "unread"
        ? { AND: [unreadBy(viewer.id), openFor(viewer.id)] }
        : openFor(viewer.id);
  return { AND: [inboxScope(viewer), state, filter.kind ? { kind: filter.kind } : {}] };
}

/** Unread, not-done items for the header badge (at most UNREAD_CAP are counted). */
export async function countUnread(viewer: Viewer): Promise<number> {
  const db = await getDb();
  return db.inboxItem.count({
    where: { AND: [inboxScope(viewer), unreadBy(viewer.id), openFor(viewer.id)] },
    take: UNREAD_CAP,
  });
}

/** Unread counts per kind, for the filter links. */
export async function countUnreadByKind(viewer: Viewer): Promise<Partial<Record<InboxKind, number>>> {
  const db = await getDb();
  const rows = await db.inboxItem.groupBy({
    by: ["kind"],
    where: { AND: [inboxScope(viewer), unreadBy(viewer.id), openFor(viewer.id)] },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.kind, r._count._all]));
}

export const INBOX_PAGE_SIZE = 50;

/** One page of the viewer's inbox, newest first. */
export async function listInbox(viewer: Viewer, filter: InboxFilter): Promise<InboxEntry[]> {
  const db = await getDb();
  const rows = await db.inboxItem.findMany({
    where: whereFor(viewer, filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      reasons: true,
      body: true,
      fromCountryCode: true,
      actor: { select: { name: true } },
      receipts: { where: { userId: viewer.id }, select: { readAt: true, doneAt: true } },
      case: {
        select: { caseNumber: true, givenNames: true, familyNames: true, status: true, countryCode: true },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.createdAt,
    reasons: r.reasons,
    body: r.body,
    fromCountryCode: r.fromCountryCode,
    actorName: r.actor?.name ?? null,
    readAt: r.receipts[0]?.readAt ?? null,
    doneAt: r.receipts[0]?.doneAt ?? null,
    case: r.case
      ? {
          caseNumber: r.case.caseNumber,
          name: `${r.case.givenNames} ${r.case.familyNames}`,
          status: r.case.status,
          countryCode: r.case.countryCode,
        }
      : null,
  }));
}

export type InboxMark = "read" | "unread" | "done" | "reopen";

/**
 * Marks one item for the viewer only (others in the audience keep their own state). Returns the
 * item's case number, if any. An item outside the viewer's inbox is not-found, nothing written.
 */
export async function markInboxItem(viewer: Viewer, itemId: string, mark: InboxMark, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const item = await tx.inboxItem.findFirst({
      where: { AND: [{ id: itemId }, inboxScope(viewer)] },
      select: { id: true, case: { select: { caseNumber: true } } },
    });
    if (!item) throw new NotFoundError();
    const key = { itemId_userId: { itemId, userId: viewer.id } };
    const prev = (await tx.inboxReceipt.findUnique({
      where: key,
      select: { readAt: true, doneAt: true },
    })) ?? {
      readAt: null,
      doneAt: null,
    };
    const next = nextReceipt(prev, mark, now);
    await tx.inboxReceipt.upsert({
      where: key,
      create: { itemId, userId: viewer.id, ...next },
      update: next,
    });
    return { caseNumber: item.case?.caseNumber ?? null };
  });
}

type Receipt = { readAt: Date | null; doneAt: Date | null };

/** Done implies read; reading again keeps the first read time; unread reopens too. */
function nextReceipt(prev: Receipt, mark: InboxMark, now: Date): Receipt {
  switch (mark) {
    case "read":
      return { readAt: prev.readAt ?? now, doneAt: prev.doneAt };
    case "unread":
      return { readAt: null, doneAt: null };
    case "done":
      return { readAt: prev.readAt ?? now, doneAt: prev.doneAt ?? now };
    case "reopen":
      return { readAt: prev.readAt, doneAt: null };
  }
}
