// The retention run (decision 143). Both the admin's dry run and the nightly job start from the
// same plan (planRetention over the rules and one moment) and the same queries (selections.ts):
// reportRetention counts what applyRetention then does. A run first purges what earlier runs
// soft-deleted more than UNDO_DAYS ago (delete, or anonymise), then soft-deletes what the rules
// select now (access-log rows, which nobody restores, go at once through the database's own
// purge function). Each selection and each purged case leaves an AuditEvent (actor: the system).
import "server-only";
import { WITH_SOFT_DELETED } from "@/server/soft-delete";
import { recordAuditEvent } from "@/server/audit-event";
import type { Db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { deleteStoredPhotos } from "@/server/photo-store";
import { systemCan, type SystemActor } from "@/server/policy";
import { anonymiseCase } from "./anonymise";
import { planRetention, type RetentionSelection } from "./planner";
import { loadRetentionRules } from "./rules-data";
import { accessLogSelectionWhere, caseSelectionWhere, photoSelectionWhere, purgeDue } from "./selections";

export interface SelectionReport {
  kind: RetentionSelection["kind"];
  action: RetentionSelection["action"];
  keepDays: number;
  countries: RetentionSelection["countries"];
  count: number;
  /** For case rules: the case numbers (at most SHOWN of them). */
  caseNumbers: string[];
}
export interface RetentionReport {
  selections: SelectionReport[];
  /** Soft-deleted more than the undo window ago: what the run purges first. */
  purge: { deleteCases: number; anonymiseCases: number; photos: number };
}

const SHOWN = 50;

/** What a run at `now` would do; `only` narrows it to one country (a country admin's report). */
export async function reportRetention(db: Db, now: Date, only?: string): Promise<RetentionReport> {
  const plan = planRetention(await loadRetentionRules(db), now);
  const selections: SelectionReport[] = [];
  for (const s of plan) {
    const base = { kind: s.kind, action: s.action, keepDays: s.keepDays, countries: s.countries };
    if (s.kind === "LOCATED_PHOTO") {
      selections.push({
        ...base,
        count: await db.casePhoto.count({ where: photoSelectionWhere(s, only) }),
        caseNumbers: [],
      });
    } else if (s.kind === "ACCESS_LOG") {
      selections.push({
        ...base,
        count: await db.caseAccessLog.count({ where: accessLogSelectionWhere(s, only) }),
        caseNumbers: [],
      });
    } else {
      const where = caseSelectionWhere(s, only);
      const [count, rows] = await Promise.all([
        db.case.count({ where }),
        db.case.findMany({
          where,
          select: { caseNumber: true },
          orderBy: { caseNumber: "asc" },
          take: SHOWN,
        }),
      ]);
      selections.push({ ...base, count, caseNumbers: rows.map((r) => r.caseNumber) });
    }
  }
  const country = only ? { countryCode: only } : {};
  const due = { deletedAt: purgeDue(now), ...country };
  const [deleteCases, anonymiseCases, photos] = await Promise.all([
    db.case.count({ where: { ...due, retentionAction: "DELETE" } }),
    db.case.count({ where: { ...due, retentionAction: "ANONYMISE" } }),
    db.casePhoto.count({ where: { deletedAt: purgeDue(now), case: { ...country, deletedAt: null } } }),
  ]);
  return { selections, purge: { deleteCases, anonymiseCases, photos } };
}

/** The nightly run, as the system actor. Returns what it did, in the dry run's shape. */
export async function applyRetention(actor: SystemActor, db: Db, now = new Date()): Promise<RetentionReport> {
  if (!systemCan(actor, "retention:apply")) throw new NotFoundError();
  const purge = await purgeSoftDeleted(db, now);
  const plan = planRetention(await loadRetentionRules(db), now);
  const selections: SelectionReport[] = [];
  for (const s of plan) selections.push(await applySelection(db, s, now));
  return { selections, purge };
}

async function applySelection(db: Db, s: RetentionSelection, now: Date): Promise<SelectionReport> {
  const base = { kind: s.kind, action: s.action, keepDays: s.keepDays, countries: s.countries };
  return db.$transaction(async (tx) => {
    let count = 0;
    let caseNumbers: string[] = [];
    if (s.kind === "LOCATED_PHOTO") {
      count = (await tx.casePhoto.updateMany({ where: photoSelectionWhere(s), data: { deletedAt: now } }))
        .count;
    } else if (s.kind === "ACCESS_LOG") {
      const only = "only" in s.countries ? s.countries.only : null;
      const except = "except" in s.countries ? s.countries.except : [];
      const [row] = await tx.$queryRawUnsafe<{ removed: number }[]>(
        `SELECT "case_access_log_purge"($1::timestamp, $2::text[], $3::text[]) AS removed`,
        s.cutOff,
        only,
        except,
      );
      count = Number(row?.removed ?? 0);
    } else {
      const where = caseSelectionWhere(s);
      const rows = await tx.case.findMany({
        where,
        select: { id: true, caseNumber: true },
        orderBy: { caseNumber: "asc" },
      });
      await tx.case.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { deletedAt: now, retentionAction: s.action },
      });
      count = rows.length;
      caseNumbers = rows.map((r) => r.caseNumber);
    }
    if (count) {
      await recordAuditEvent(tx, null, {
        action: "retention.run",
        targetType: "RetentionRule",
        targetId: s.kind,
        countryCode: "only" in s.countries ? s.countries.only[0]! : null,
        after: { ...base, count, caseNumbers: caseNumbers.slice(0, SHOWN) },
      });
    }
    return { ...base, count, caseNumbers: caseNumbers.slice(0, SHOWN) };
  });
}

const photoFiles = {
  storageKey: true,
  thumbKey: true,
  mimeType: true,
  width: true,
  height: true,
  bytes: true,
} as const;

/** Past the undo window: cases deleted or anonymised for good, located photos deleted (files too). */
async function purgeSoftDeleted(db: Db, now: Date) {
  const due = await db.case.findMany({
    where: { deletedAt: purgeDue(now) },
    select: { id: true, caseNumber: true, countryCode: true, retentionAction: true },
  });
  let deleteCases = 0;
  let anonymiseCases = 0;
  for (const c of due) {
    const files = await db.$transaction(async (tx) => {
      // Every photo of the case, soft-deleted or not (naming deletedAt lifts the live-only filter).
      const photos = await tx.casePhoto.findMany({
        where: { caseId: c.id, ...WITH_SOFT_DELETED },
        select: photoFiles,
      });
      if (c.retentionAction === "ANONYMISE") await anonymiseCase(tx, c.id, now);
      else await tx.case.delete({ where: { id: c.id, deletedAt: { not: null } } });
      await recordAuditEvent(tx, null, {
        action: "retention.purge",
        targetType: "Case",
        targetId: c.caseNumber,
        countryCode: c.countryCode,
        before: { retentionAction: c.retentionAction },
        after: { photos: photos.length },
      });
      return photos;
    });
    await deleteStoredPhotos(files); // after the commit: a file without a row is harmless
    if (c.retentionAction === "ANONYMISE") anonymiseCases++;
    else deleteCases++;
  }
  const photoWhere = { deletedAt: purgeDue(now), case: { deletedAt: null } };
  const photos = await db.casePhoto.findMany({ where: photoWhere, select: { id: true, ...photoFiles } });
  await db.casePhoto.deleteMany({ where: { id: { in: photos.map((p) => p.id) }, ...photoWhere } });
  await deleteStoredPhotos(photos);
  return { deleteCases, anonymiseCases, photos: photos.length };
}
