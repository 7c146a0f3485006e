import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import {
  TrainingInputError,
  assertSessionHeld,
  findManagedAttendee,
  isUuid,
  lockManagedSession,
} from "./access";
import { checkAttendeeCsv, type CsvRowError } from "./attendee-csv";
import type { AttendanceInput, AttendeeValues, BulkAttendanceInput } from "./schemas";

async function registeredEmails(tx: Tx, sessionId: string) {
  const rows = await tx.trainingAttendee.findMany({
    where: { sessionId, email: { not: null } },
    select: { email: true },
  });
  return new Set(rows.map((r) => r.email!.toLowerCase()));
}

/** Registers one attendee. An email already in the session is refused, so a retry adds nobody. */
export async function addAttendee(viewer: Viewer, sessionId: string, v: AttendeeValues) {
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const session = await lockManagedSession(tx, viewer, sessionId);
    if (
      v.regionId &&
      !(await tx.region.findFirst({ where: { id: v.regionId, countryCode: session.countryCode } }))
    )
      throw new TrainingInputError({ regionId: "training:validation.invalidChoice" });
    if (v.email && (await registeredEmails(tx, session.id)).has(v.email))
      throw new TrainingInputError({ email: "training:errors.alreadyRegistered" });
    const count = await tx.trainingAttendee.count({ where: { sessionId: session.id } });
    if (session.capacity !== null && count >= session.capacity) throw new AppError("training:errors.full");
    const data = {
      sessionId: session.id,
      name: v.name,
      rank: v.rank || null,
      unit: v.unit || null,
      regionId: v.regionId || null,
      email: v.email || null,
    };
    const created = await tx.trainingAttendee.create({ data, select: { id: true } });
    await recordAuditEvent(tx, viewer, {
      action: "training.attendee.add",
      targetType: "TrainingAttendee",
      targetId: created.id,
      countryCode: session.countryCode,
      after: data,
    });
    return created;
  });
}

export type ImportResult =
  | { ok: true; imported: number; skipped: { line: number; email: string }[] }
  | { ok: false; errors: CsvRowError[] };

/** All or nothing: any invalid row and no attendee is written. */
export async function importAttendees(
  viewer: Viewer,
  sessionId: string,
  csvText: string,
): Promise<ImportResult> {
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const session = await lockManagedSession(tx, viewer, sessionId);
    const regions = await tx.region.findMany({
      where: { countryCode: session.countryCode },
      select: { id: true, code: true, name: true },
    });
    const check = checkAttendeeCsv(csvText, regions, await registeredEmails(tx, session.id));
    if (check.errors.length) return { ok: false, errors: check.errors };
    const count = await tx.trainingAttendee.count({ where: { sessionId: session.id } });
    if (session.capacity !== null && count + check.rows.length > session.capacity)
      return { ok: false, errors: [{ line: 0, key: "training:errors.full" }] };
    const rows = check.rows.map(({ line: _line, ...r }) => ({ ...r, sessionId: session.id }));
    await tx.trainingAttendee.createMany({ data: rows });
    // One row for the whole file: who was registered, on which session.
    await recordAuditEvent(tx, viewer, {
      action: "training.attendee.import",
      targetType: "TrainingSession",
      targetId: session.id,
      countryCode: session.countryCode,
      after: { attendees: rows.map(({ sessionId: _s, ...r }) => r) },
    });
    return { ok: true, imported: check.rows.length, skipped: check.skipped };
  });
}

/**
 * Marks attendance and completion. Completing implies attending. Withdrawing completion
 * also withdraws the certificate (its code stops verifying); a promoted trainer keeps it.
 */
export async function setAttendance(viewer: Viewer, input: AttendanceInput) {
  const { attendeeId, attended, completed } = input;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await findManagedAttendee(tx, viewer, attendeeId);
    if (!completed && a.promotedUserId) throw new AppError("training:errors.promotedKeepsCompletion");
    // Undoing is always possible; recording is not before the session's day.
    if ((attended && !a.attended) || (completed && !a.completedAt)) assertSessionHeld(a.session);
    const updated = await tx.trainingAttendee.update({
      where: { id: a.id },
      data: {
        attended: attended || completed,
        completedAt: completed ? (a.completedAt ?? new Date()) : null,
        ...(completed ? {} : { certificateCodeHash: null, certificateIssuedAt: null }),
      },
      select: { id: true, attended: true, completedAt: true, certificateIssuedAt: true },
    });
    const { id: _id, ...after } = updated;
    await recordAuditEvent(tx, viewer, {
      action: "training.attendee.attendance",
      targetType: "TrainingAttendee",
      targetId: a.id,
      countryCode: a.session.countryCode,
      before: {
        attended: a.attended,
        completedAt: a.completedAt,
        certificateIssuedAt: a.certificateIssuedAt,
      },
      after,
    });
    return { id: updated.id, attended: updated.attended, completedAt: updated.completedAt };
  });
}

/** Removes a registration made by mistake; not once a certificate or promotion exists. */
export async function removeAttendee(viewer: Viewer, attendeeId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const a = await findManagedAttendee(tx, viewer, attendeeId);
    if (a.completedAt || a.promotedUserId) throw new AppError("training:errors.cannotRemoveCompleted");
    await tx.trainingAttendee.delete({ where: { id: a.id } });
    await recordAuditEvent(tx, viewer, {
      action: "training.attendee.remove",
      targetType: "TrainingAttendee",
      targetId: a.id,
      countryCode: a.session.countryCode,
      before: {
        sessionId: a.sessionId,
        name: a.name,
        email: a.email,
        regionId: a.regionId,
        attended: a.attended,
      },
    });
  });
}

/**
 * "Mark everyone present / completed" for a whole room, leaving out the ticked exceptions.
 * Only moves people forward (registered -> attended -> completed); nobody's completion or
 * certificate is withdrawn by a bulk mark. Returns how many rows changed.
 */
export async function markAllAttendees(viewer: Viewer, input: BulkAttendanceInput) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const session = await lockManagedSession(tx, viewer, input.sessionId);
    assertSessionHeld(session);
    const base = { sessionId: session.id, id: { notIn: input.except } };
    const where = input.mark === "completed" ? { ...base, completedAt: null } : { ...base, attended: false };
    // The session is locked: the rows read here are exactly the rows the update changes.
    const ids = (await tx.trainingAttendee.findMany({ where, select: { id: true } })).map((r) => r.id);
    const changed =
      input.mark === "completed"
        ? await tx.trainingAttendee.updateMany({ where, data: { attended: true, completedAt: new Date() } })
        : await tx.trainingAttendee.updateMany({ where, data: { attended: true } });
    if (changed.count > 0)
      await recordAuditEvent(tx, viewer, {
        action:
          input.mark === "completed"
            ? "training.attendee.markAllCompleted"
            : "training.attendee.markAllAttended",
        targetType: "TrainingSession",
        targetId: session.id,
        countryCode: session.countryCode,
        after: { attendeeIds: ids.sort() },
      });
    return { changed: changed.count };
  });
}
