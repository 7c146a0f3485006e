import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "./db";
import { clientIp, hashIp, requestHeaders } from "./request-info";
import type { Viewer } from "./viewer";

/** Field values as the trail keeps them: JSON, dates as ISO strings. */
export type AuditFields = Record<string, unknown>;

export interface AuditEventInput {
  /** Dotted, e.g. "user.update", "training.attendee.remove"; shown in words from admin:audit.actions. */
  action: string;
  targetType: string;
  targetId: string;
  /** The target's country: country admins search only their own country's events. */
  countryCode: string | null;
  /** The fields as they were (null for a creation) and as they are now (null for a removal). */
  before?: AuditFields | null;
  after?: AuditFields | null;
}

// Never kept, whatever a caller passes: passwords, their hashes, token and certificate secrets.
const SECRET_FIELD = /^password$|hash$|secret|^token$/i;

function clean(fields: AuditFields | null | undefined): AuditFields | null {
  if (!fields) return null;
  const out: AuditFields = {};
  for (const [k, v] of Object.entries(fields)) {
    if (SECRET_FIELD.test(k) || v === undefined) continue;
    out[k] = v instanceof Date ? v.toISOString() : Array.isArray(v) ? [...v] : v;
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Only what changed: for an update, the fields of `after` whose value differs, before and after; for a
 * creation or removal, every (non-secret) field on the side that exists.
 */
export function changedFields(
  before: AuditFields | null | undefined,
  after: AuditFields | null | undefined,
): { before: AuditFields | null; after: AuditFields | null } {
  const b = clean(before);
  const a = clean(after);
  if (!b || !a) return { before: b, after: a };
  // The fields the change set; a field it did not touch is not part of the change.
  const keys = Object.keys(a).filter((k) => !same(b[k], a[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  };
}

/** The keyed hash of the caller's IP, or null outside a request (jobs, scripts, tests). */
async function currentIpHash(): Promise<string | null> {
  try {
    return hashIp(clientIp(await requestHeaders()));
  } catch {
    return null;
  }
}

const json = (v: AuditFields | null) => (v === null ? undefined : (v as Prisma.InputJsonObject));

/**
 * Appends one row to the admin and training trail. Call it inside the transaction that makes the
 * change, so the change and its trace commit or roll back together. `actor` null = the system.
 */
export async function recordAuditEvent(tx: Tx, actor: Viewer | null, e: AuditEventInput) {
  const { before, after } = changedFields(e.before, e.after);
  return tx.auditEvent.create({
    data: {
      actorUserId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      countryCode: e.countryCode,
      ipHash: await currentIpHash(),
      before: json(before),
      after: json(after),
    },
    select: { id: true },
  });
}
