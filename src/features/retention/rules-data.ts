// The retention rules: read and edit (decision 143). Authorization inside: a super-admin edits
// the network defaults, a country admin their country's rules (an edit creates the override).
import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import type { Db, Tx } from "@/server/db";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { retentionCountry } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { effectiveRules, type RetentionRuleRow } from "./planner";
import type { RetentionRuleInput } from "./schemas";

const ruleSelect = { kind: true, countryCode: true, keepDays: true, action: true } as const;

/** Every rule (defaults and overrides): what the planner reads. */
export async function loadRetentionRules(db: Db | Tx): Promise<RetentionRuleRow[]> {
  return db.retentionRule.findMany({ select: ruleSelect, orderBy: [{ kind: "asc" }] });
}

/** Which country's rules the viewer administers; not-found for anyone else. */
export function requireRetentionCountry(viewer: Viewer): string | null {
  const scope = retentionCountry(viewer);
  if (!scope) throw new NotFoundError();
  return scope.countryCode;
}

/** The rules in force where the viewer administers, each marked when it is the network default. */
export async function listRetentionRules(viewer: Viewer) {
  const countryCode = requireRetentionCountry(viewer);
  const db = await getDb();
  const rules = await db.retentionRule.findMany({
    where: { OR: [{ countryCode: null }, ...(countryCode ? [{ countryCode }] : [])] },
    select: ruleSelect,
  });
  return { countryCode, rules: effectiveRules(rules, countryCode) };
}

/** Sets one kind's period and action where the viewer administers; one AuditEvent per change. */
export async function updateRetentionRule(viewer: Viewer, input: RetentionRuleInput): Promise<void> {
  const countryCode = requireRetentionCountry(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const own = await tx.retentionRule.findFirst({
      where: { kind: input.kind, countryCode },
      select: { id: true, ...ruleSelect },
    });
    const base =
      own ?? (await tx.retentionRule.findFirst({ where: { kind: input.kind, countryCode: null } }));
    const data = { keepDays: input.keepDays, action: input.action };
    if (base && base.keepDays === data.keepDays && base.action === data.action) return; // nothing changed
    const saved = own
      ? await tx.retentionRule.update({ where: { id: own.id }, data, select: { id: true } })
      : await tx.retentionRule.create({
          data: { kind: input.kind, countryCode, ...data },
          select: { id: true },
        });
    await recordAuditEvent(tx, viewer, {
      action: "retention.update",
      targetType: "RetentionRule",
      targetId: saved.id,
      countryCode,
      before: base ? { kind: input.kind, keepDays: base.keepDays, action: base.action } : null,
      after: { kind: input.kind, ...data },
    });
  });
}
