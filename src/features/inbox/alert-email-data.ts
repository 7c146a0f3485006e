// Alert emails (decisions 160, 167): a cross-border alert, a request from another country or a
// proposed match reaching a staff member's inbox is also emailed to those of its audience who
// turned alert emails on (/account, off by default). The job is a system actor that acts for
// each recipient: it writes an email only where that recipient's own inboxScope shows the item,
// so a sealed or own-country claim, another region's item or another role's never goes out.
// Keyed by item + address + channel in the outbox: a retried job, or the sweep meeting the same
// item, writes nothing twice.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { queueJobSql } from "@/server/jobs/queue";
import { enqueueMessage } from "@/server/outbox/enqueue";
import { inboxScope } from "@/server/policy";
import { toViewer, viewerSelect } from "@/server/viewer";

export const EMAILED_KINDS = ["ALERT", "REQUEST", "MATCH"] as const;
export type EmailedKind = (typeof EMAILED_KINDS)[number];

export function isEmailedKind(kind: string): kind is EmailedKind {
  return (EMAILED_KINDS as readonly string[]).includes(kind);
}

/**
 * One "staff-alert-email" job per item, written through the caller's transaction by pg-boss's
 * own insert (queueJobSql, one statement for all). Like pg-boss, it writes nothing while no
 * process has created the queue (a process always has by the time it serves: instrumentation.ts);
 * the quarter-hourly sweep catches such an item.
 */
export async function queueAlertEmails(tx: Tx, itemIds: readonly string[]): Promise<void> {
  if (!itemIds.length) return;
  const data = Prisma.sql`jsonb_build_object('itemId', emailed_item.id::text)`;
  await tx.$executeRaw`WITH emailed_item AS (SELECT unnest(${[...itemIds]}::uuid[]) AS id)
    ${queueJobSql("staff-alert-email", "emailed_item", data)}`;
}

/** Writes the alert emails of one inbox item; returns how many were new. */
export async function emailInboxItem(tx: Tx, itemId: string): Promise<number> {
  const item = await tx.inboxItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      kind: true,
      recipientUserId: true,
      audienceCountryCode: true,
      audienceRoles: true,
      fromCountryCode: true,
    },
  });
  if (!item || !isEmailedKind(item.kind)) return 0;
  const audience: Prisma.UserWhereInput = item.recipientUserId
    ? { id: item.recipientUserId }
    : { countryCode: item.audienceCountryCode ?? "", role: { in: item.audienceRoles } };
  const users = await tx.user.findMany({
    where: {
      ...audience,
      emailAlerts: true,
      disabledAt: null,
      practiceSessionId: null,
      isServiceAccount: false,
    },
    select: { ...viewerSelect, locale: true },
    orderBy: { id: "asc" },
  });
  let written = 0;
  for (const u of users) {
    const visible = await tx.inboxItem.count({ where: { AND: [{ id: item.id }, inboxScope(toViewer(u))] } });
    if (visible !== 1) continue;
    const id = await enqueueMessage(tx, {
      eventKey: `inbox:${item.id}`,
      channel: "EMAIL",
      recipient: u.email,
      template: "staff.alert",
      locale: u.locale,
      params: { itemId: item.id, itemKind: item.kind, fromCountry: item.fromCountryCode },
      caseId: null,
      countryCode: u.countryCode,
    });
    if (id) written++;
  }
  return written;
}

/**
 * Every emailed kind of the last `windowMinutes` (the sweep job runs it each minute): the window
 * is hours wide so that workers stopped for a while still send what came meanwhile. Idempotent.
 */
export async function emailRecentInboxItems(db: Db, now = new Date(), windowMinutes = 360): Promise<number> {
  const items = await db.inboxItem.findMany({
    where: {
      kind: { in: [...EMAILED_KINDS] },
      createdAt: { gte: new Date(now.getTime() - windowMinutes * 60_000) },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 2000,
  });
  let written = 0;
  for (const { id } of items) written += await db.$transaction((tx) => emailInboxItem(tx, id));
  return written;
}
