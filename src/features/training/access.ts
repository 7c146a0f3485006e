import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { countryToday } from "@/i18n/intl";
import { can, trainingScope } from "@/server/policy";
import { noRows } from "@/server/scope";
import type { Viewer } from "@/server/viewer";

/** Bad input for a form: a general key plus one key per field, all in the training namespace. */
export class TrainingInputError extends AppError {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super("training:errors.checkForm", 400);
  }
}

/** Sessions the viewer may change: trainers of the session's country (super-admins anywhere). */
export function manageScope(viewer: Viewer): Prisma.TrainingSessionWhereInput {
  return can(viewer, "training:manage") ? trainingScope(viewer) : noRows();
}

// One answer for "not allowed", as everywhere: not found (decision 130).
export function requireRead(viewer: Viewer): void {
  if (!can(viewer, "training:read")) throw new NotFoundError();
}

export function requireManage(viewer: Viewer): void {
  if (!can(viewer, "training:manage")) throw new NotFoundError();
}

/** Countries the viewer may pick for a session or dashboard. */
export function allowedCountry(viewer: Viewer, countryCode: string): boolean {
  return viewer.isSuperAdmin || viewer.countryCode === countryCode;
}

/**
 * Locks a session the viewer may manage for the rest of the transaction, so concurrent
 * attendee additions see each other (email dedupe, capacity). Missing or out of scope: 404.
 */
export async function lockManagedSession(tx: Tx, viewer: Viewer, sessionId: string) {
  requireManage(viewer);
  const session = await tx.trainingSession.findFirst({
    where: { id: sessionId, ...manageScope(viewer) },
    select: { id: true, countryCode: true, capacity: true, kind: true, title: true, startDate: true },
  });
  if (!session) throw new NotFoundError();
  await tx.$executeRaw`SELECT 1 FROM "TrainingSession" WHERE "id" = ${session.id}::uuid FOR UPDATE`;
  return session;
}

/** An attendee of a session the viewer may manage; out of scope looks the same as missing. */
export async function findManagedAttendee(tx: Tx, viewer: Viewer, attendeeId: string) {
  requireManage(viewer);
  if (!isUuid(attendeeId)) throw new NotFoundError();
  const attendee = await tx.trainingAttendee.findFirst({
    where: { id: attendeeId, session: manageScope(viewer) },
    select: {
      id: true,
      sessionId: true,
      name: true,
      email: true,
      regionId: true,
      attended: true,
      completedAt: true,
      certificateIssuedAt: true,
      exercisesPassed: true,
      promotedUserId: true,
      session: { select: { kind: true, countryCode: true, startDate: true } },
    },
  });
  if (!attendee) throw new NotFoundError();
  return attendee;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from URLs: anything malformed is simply not found (and never reaches a uuid cast). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * Attendance and completion are facts about a session that took place: not before its first day
 * (in its country's zone). Coverage counts completions; a future session must not fill a target.
 */
export function assertSessionHeld(session: { startDate: Date; countryCode: string }, now = new Date()) {
  if (countryToday(session.countryCode, now) < session.startDate.toISOString().slice(0, 10))
    throw new AppError("training:errors.notYetHeld");
}
