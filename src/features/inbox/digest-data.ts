import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { enqueueMessage } from "@/server/outbox/enqueue";
import type { DigestCounts } from "@/server/outbox/templates";
import { inboxScope, ROLE_PERMISSIONS } from "@/server/policy";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { addInboxItem } from "./write";

// The daily digest (decision 152): once a day, each staff member who has not turned it off gets
// one inbox item and one email counting what waits in *their* inbox — new claims and proposed
// matches since the last day, family check-ins not yet done — through the same inboxScope as
// the inbox page, so it never counts what they could not open. Counts only: no case number,
// name or place leaves the portal by email. Nothing to report, no message. Keyed by user and UTC
// day (inbox dedupeKey, outbox eventKey), so a re-run or a second worker sends nothing twice.

const DAY_MS = 24 * 60 * 60 * 1000;

const INBOX_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
  ROLE_PERMISSIONS[r].includes("inbox:read"),
);

const openFor = (userId: string): Prisma.InboxItemWhereInput => ({
  receipts: { none: { userId, doneAt: { not: null } } },
});

/** What the viewer's digest counts for the 24 hours before `now`. */
export async function digestCountsFor(db: Db, viewer: Viewer, now: Date): Promise<DigestCounts> {
  const scope = inboxScope(viewer);
  const since = { gte: new Date(now.getTime() - DAY_MS), lt: now };
  const [newClaims, matches, checkIns] = await Promise.all([
    db.inboxItem.count({ where: { AND: [scope, { kind: "NEW_CLAIM", createdAt: since }] } }),
    db.inboxItem.count({ where: { AND: [scope, { kind: "MATCH", createdAt: since }] } }),
    db.inboxItem.count({ where: { AND: [scope, { kind: "CHECK_IN" }, openFor(viewer.id)] } }),
  ]);
  return { newClaims, matches, checkIns };
}

/** Writes one user's digest (inbox item + outbox email) for `day`; false if nothing was new. */
async function writeDigest(db: Db, u: Viewer & { locale: string }, day: string, counts: DigestCounts) {
  return db.$transaction(async (tx) => {
    const fresh = await addInboxItem(tx, {
      kind: "DIGEST",
      to: { userId: u.id },
      reasons: [`CLAIMS:${counts.newClaims}`, `MATCHES:${counts.matches}`, `CHECK_INS:${counts.checkIns}`],
      dedupeKey: `digest:${u.id}:${day}`,
    });
    if (!fresh) return false;
    await enqueueMessage(tx, {
      eventKey: `digest:${day}`,
      channel: "EMAIL",
      recipient: u.email,
      template: "staff.digest",
      locale: u.locale,
      params: { day, digest: counts },
      caseId: null,
      countryCode: u.countryCode,
    });
    return true;
  });
}

/** Every staff member's digest for the UTC day of `now`. */
export async function sendDailyDigests(db: Db, now = new Date()): Promise<{ staff: number; sent: number }> {
  const day = now.toISOString().slice(0, 10);
  const staff = await db.user.findMany({
    where: { role: { in: INBOX_ROLES }, emailDigest: true, disabledAt: null, practiceSessionId: null },
    select: { ...viewerSelect, locale: true },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const u of staff) {
    const counts = await digestCountsFor(db, toViewer(u), now);
    if (counts.newClaims + counts.matches + counts.checkIns === 0) continue;
    if (await writeDigest(db, u, day, counts)) sent++;
  }
  return { staff: staff.length, sent };
}
