// The delivery log for admins: what the outbox sent, what failed and what is dead, without a
// message's content. Admins may not read reporters' contact details (policy: no
// case:readReporterContact), so the address is masked; the error text is redacted of addresses.
import "server-only";
import type { MessageStatus } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { queueJob } from "@/server/jobs";
import { can, messageScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";

export const DELIVERY_PAGE_SIZE = 50;
export const MESSAGE_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "DEAD", "SUPPRESSED"] as const;

export interface DeliveryRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  status: MessageStatus;
  channel: string;
  template: string;
  locale: string;
  attempts: number;
  recipient: string;
  error: string | null;
  caseNumber: string | null;
  countryCode: string | null;
}

const EMAIL = /[^\s<>"'@]+@([^\s<>"'@]+)/g;

/** r•••@example.org: enough to tell two families apart, not enough to write to them. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${address[0]}•••${address.slice(at)}`;
}

export function redactError(text: string | null): string | null {
  return text ? text.replace(EMAIL, (_, domain: string) => `•••@${domain}`).slice(0, 300) : null;
}

export async function listDeliveries(
  viewer: Viewer,
  filter: { status?: MessageStatus; page?: number } = {},
): Promise<DeliveryRow[]> {
  const db = await getDb();
  const rows = await db.outboundMessage.findMany({
    where: { ...messageScope(viewer), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: Math.max(0, (filter.page ?? 1) - 1) * DELIVERY_PAGE_SIZE,
    take: DELIVERY_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      updatedAt: true,
      sentAt: true,
      status: true,
      channel: true,
      template: true,
      locale: true,
      attempts: true,
      recipient: true,
      lastError: true,
      case: { select: { caseNumber: true, countryCode: true } },
    },
  });
  const contact = can(viewer, "case:readReporterContact");
  return rows.map(({ lastError, case: c, recipient, ...r }) => ({
    ...r,
    recipient: contact ? recipient : maskAddress(recipient),
    error: contact ? lastError : redactError(lastError),
    caseNumber: c?.caseNumber ?? null,
    countryCode: c?.countryCode ?? null,
  }));
}

/**
 * Gives a dead message a new round of attempts. Only DEAD messages in the admin's scope; the
 * recipient's consent is checked again when it is sent.
 */
export async function retryDeadMessage(viewer: Viewer, id: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const changed = await tx.outboundMessage.updateMany({
      where: { id, status: "DEAD", ...messageScope(viewer) },
      data: { status: "PENDING", lastError: null },
    });
    if (changed.count !== 1) throw new NotFoundError();
    await queueJob("message-deliver", { id }, { tx });
  });
}
