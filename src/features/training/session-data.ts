import "server-only";
import type { TrainingKind } from "@/generated/prisma/enums";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { isUuid, manageScope, requireManage, requireRead } from "./access";
import type { SessionValues } from "./schemas";
import { checkReferences, sessionData } from "./session-input";
import { knowledgeGain, scoresOf } from "./knowledge-check";
import { requiredExercises } from "./level-rules";

export interface SessionListItem {
  id: string;
  title: string;
  kind: TrainingKind;
  startDate: Date;
  endDate: Date | null;
  countryCode: string;
  regionName: string | null;
  venue: string;
  attendees: number;
  completed: number;
}

/** Sessions the viewer may see, newest first. */
export async function listSessions(viewer: Viewer): Promise<SessionListItem[]> {
  requireRead(viewer);
  const db = await getDb();
  const rows = await db.trainingSession.findMany({
    where: trainingScope(viewer),
    orderBy: [{ startDate: "desc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      startDate: true,
      endDate: true,
      countryCode: true,
      venue: true,
      region: { select: { name: true } },
      attendees: { select: { completedAt: true } },
    },
  });
  return rows.map(({ region, attendees, ...s }) => ({
    ...s,
    regionName: region?.name ?? null,
    attendees: attendees.length,
    completed: attendees.filter((a) => a.completedAt).length,
  }));
}

export async function createSession(viewer: Viewer, v: SessionValues): Promise<{ id: string }> {
  requireManage(viewer);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await checkReferences(tx, viewer, v);
    const data = sessionData(v);
    const trainerIds = [...new Set(v.trainerIds)].sort();
    const created = await tx.trainingSession.create({
      data: {
        ...data,
        createdById: viewer.id,
        trainers: { create: trainerIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "training.session.create",
      targetType: "TrainingSession",
      targetId: created.id,
      countryCode: data.countryCode,
      after: { ...data, trainerIds },
    });
    return created;
  });
}

// The session's own fields, as sessionData() writes them, for the trail's "before".
const auditedSession = {
  title: true,
  kind: true,
  startDate: true,
  endDate: true,
  countryCode: true,
  regionId: true,
  venue: true,
  partnerOrgs: true,
  parentSessionId: true,
  materials: true,
  capacity: true,
  trainers: { select: { userId: true } },
} as const;

export async function updateSession(viewer: Viewer, id: string, v: SessionValues): Promise<{ id: string }> {
  requireManage(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.trainingSession.findFirst({
      where: { id, ...manageScope(viewer) },
      select: auditedSession,
    });
    if (!existing) throw new NotFoundError();
    await checkReferences(tx, viewer, v, id);
    await tx.trainingSessionTrainer.deleteMany({ where: { sessionId: id } });
    const data = sessionData(v);
    const trainerIds = [...new Set(v.trainerIds)].sort();
    const updated = await tx.trainingSession.update({
      where: { id },
      data: { ...data, trainers: { create: trainerIds.map((userId) => ({ userId })) } },
      select: { id: true },
    });
    const { trainers, ...before } = existing;
    await recordAuditEvent(tx, viewer, {
      action: "training.session.update",
      targetType: "TrainingSession",
      targetId: id,
      countryCode: data.countryCode,
      before: { ...before, trainerIds: trainers.map((t) => t.userId).sort() },
      after: { ...data, trainerIds },
    });
    return updated;
  });
}

/** Everything the session page shows. Practice data is summarised, never mixed into it. */
export async function getSessionForViewer(viewer: Viewer, id: string) {
  requireRead(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findFirst({
    where: { id, ...trainingScope(viewer) },
    select: {
      id: true,
      title: true,
      kind: true,
      startDate: true,
      endDate: true,
      countryCode: true,
      venue: true,
      partnerOrgs: true,
      materials: true,
      capacity: true,
      regionId: true,
      parentSessionId: true,
      region: { select: { name: true } },
      parentSession: { select: { id: true, title: true } },
      childSessions: { select: { id: true, title: true, startDate: true }, orderBy: { startDate: "asc" } },
      trainers: { select: { user: { select: { id: true, name: true } } } },
      createdBy: { select: { name: true } },
      attendees: {
        orderBy: [{ name: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          name: true,
          rank: true,
          unit: true,
          email: true,
          attended: true,
          completedAt: true,
          certificateIssuedAt: true,
          exercisesPassed: true,
          practiceLoginId: true,
          knowledgeChecks: { select: { phase: true, score: true, total: true } },
          region: { select: { name: true } },
          promotedUser: { select: { id: true, email: true } },
        },
      },
      _count: { select: { practiceLogins: true, practiceCases: true } },
    },
  });
  if (!s) throw new NotFoundError();
  const attendees = s.attendees.map(({ knowledgeChecks, ...a }) => ({
    ...a,
    knowledge: scoresOf(knowledgeChecks),
  }));
  return {
    ...s,
    attendees,
    // Learning: the session's before/after gain and the exercises its level asks for a certificate.
    knowledgeGain: knowledgeGain(attendees.map((a) => a.knowledge)),
    requiredExercises: await requiredExercises(db, s.countryCode, s.kind),
    trainers: s.trainers.map((t) => t.user),
    materialLinks: (s.materials ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    canManage: can(viewer, "training:manage"),
  };
}
export type SessionDetail = Awaited<ReturnType<typeof getSessionForViewer>>;
