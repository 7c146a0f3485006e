import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { queueJob } from "@/server/jobs";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/server/viewer";
import type { AssignInput, NoteInput, TraffickingInput } from "../schemas";
import { findWritableCase } from "./writable-case";

/** Internal note: lives only in the timeline (a NOTE_ADDED event), never on the public side. */
export async function addCaseNote(viewer: Viewer, input: NoteInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:addNote", { id: true });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "NOTE_ADDED",
      body: input.body,
    });
  });
}

/**
 * Sets or clears the trafficking flag together with the indicators that justify it. Setting it
 * on a real case that was not flagged queues the cross-border alerts (data/trafficking-alert.ts)
 * in the same transaction: committed with the flag, or not at all.
 */
export async function setTraffickingFlag(viewer: Viewer, input: TraffickingInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:flagTrafficking", {
      id: true,
      traffickingFlag: true,
      riskIndicators: true,
      practiceSessionId: true,
    });
    const indicators = input.flagged ? [...new Set(input.indicators)].sort() : c.riskIndicators;
    const same = c.traffickingFlag === input.flagged && c.riskIndicators.join(",") === indicators.join(",");
    if (same) return;
    await tx.case.update({
      where: { id: c.id },
      data: { traffickingFlag: input.flagged, riskIndicators: indicators },
    });
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: input.flagged ? "TRAFFICKING_FLAGGED" : "TRAFFICKING_UNFLAGGED",
      field: "riskIndicators",
      oldValue: c.traffickingFlag ? c.riskIndicators.join(",") : null,
      newValue: input.flagged ? indicators.join(",") : null,
    });
    if (input.flagged && !c.traffickingFlag && !c.practiceSessionId)
      await queueJob("case-trafficking-alert", { caseEventId: event.id }, { tx });
  });
}

export interface Assignees {
  users: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
}

/**
 * Officers and units a case may be assigned to: police of the case's own country and, for a
 * practice case, only logins of the same training session (real officers never appear there).
 */
export async function listAssignees(viewer: Viewer, caseNumber: string): Promise<Assignees> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, caseNumber, "case:assign", {
      countryCode: true,
      practiceSessionId: true,
    });
    const users = await tx.user.findMany({
      where: {
        countryCode: c.countryCode,
        role: "POLICE",
        disabledAt: null,
        practiceSessionId: c.practiceSessionId,
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const organizations = await tx.organization.findMany({
      where: assignableOrgWhere(c.countryCode),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    return { users, organizations };
  });
}

/**
 * The units a case may go to: police units and NGOs of its country. The form offers these and
 * the write checks the same rule, so a crafted request cannot name a training body or a
 * ministry, whose name the family would then see as their contact.
 */
const assignableOrgWhere = (countryCode: string) =>
  ({ countryCode, kind: { in: ["POLICE_UNIT", "NGO"] } }) satisfies Prisma.OrganizationWhereInput;

const label = (...names: (string | null | undefined)[]) => names.filter(Boolean).join(" · ") || null;

/** Assigns (or un-assigns, with both empty) an officer and/or a unit of the case's country. */
export async function assignCase(viewer: Viewer, input: AssignInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:assign", {
      id: true,
      countryCode: true,
      practiceSessionId: true,
      assignedUserId: true,
      assignedOrgId: true,
      assignedUser: { select: { name: true } },
      assignedOrg: { select: { name: true } },
    });
    const userId = input.userId ?? null;
    const orgId = input.organizationId ?? null;
    if (c.assignedUserId === userId && c.assignedOrgId === orgId) return;
    const user = userId
      ? await tx.user.findFirst({
          where: {
            id: userId,
            countryCode: c.countryCode,
            role: "POLICE",
            disabledAt: null,
            practiceSessionId: c.practiceSessionId,
          },
          select: { name: true },
        })
      : null;
    const org = orgId
      ? await tx.organization.findFirst({
          where: { id: orgId, ...assignableOrgWhere(c.countryCode) },
          select: { name: true },
        })
      : null;
    if ((userId && !user) || (orgId && !org)) throw new AppError("cases:errors.assigneeOutOfScope");
    await tx.case.update({ where: { id: c.id }, data: { assignedUserId: userId, assignedOrgId: orgId } });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "ASSIGNED",
      field: "assignment",
      oldValue: label(c.assignedUser?.name, c.assignedOrg?.name),
      newValue: label(user?.name, org?.name),
    });
  });
}
