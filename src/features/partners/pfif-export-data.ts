import "server-only";
// GET /api/v1/pfif/persons and /notes: a page of PFIF 1.4 for the caller's scope. Police
// partners read their scope's cases (every read access-logged, as a staff read is); any other
// partner reads the bulletin only. Withdrawn, practice and merged-away cases never leave.
import { listBulletinForFeed } from "@/features/bulletin/data";
import { writeNotesDocument, writePersonsDocument, type PersonWithNotes } from "@/lib/pfif/serialize";
import type { PfifNote } from "@/lib/pfif/fields";
import type { Prisma } from "@/generated/prisma/client";
import { logCaseAccess } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, pfifReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { CLAIM_COUNTRIES } from "@/lib/case-options";
import {
  eventToPfifNote,
  personRecordId,
  policeCaseToPfif,
  publicCaseToPfif,
  type ExportEventRow,
  type PfifAudience,
} from "./pfif-export-map";
import { decodeCursor, encodeCursor, type FeedCursor } from "./feed-cursor";

export interface FeedQuery {
  since?: Date;
  cursor?: FeedCursor;
  maxResults: number;
}
export interface FeedContext {
  domain: string;
  baseUrl: string;
  locale: string;
  /** Translations of the description labels and status texts. */
  t: (key: string) => string;
}
export interface FeedPage {
  xml: string;
  nextCursor: string | null;
  count: number;
}

const caseSelect = {
  id: true,
  publicId: true,
  countryCode: true,
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  heightCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  distinguishingMarks: true,
  clothing: true,
  lastSeenCity: true,
  reporterName: true,
  createdAt: true,
  updatedAt: true,
  pfifRecordId: true,
  sourceName: true,
  sourceUrl: true,
  sourceDate: true,
} as const satisfies Prisma.CaseSelect;

const audienceOf = (viewer: Viewer): PfifAudience => (viewer.role === "POLICE" ? "police" : "public");

function keyset(q: FeedQuery): Prisma.CaseWhereInput[] {
  const out: Prisma.CaseWhereInput[] = [];
  if (q.since) out.push({ updatedAt: { gte: q.since } });
  if (q.cursor) {
    const { updatedAt, id } = q.cursor;
    out.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }] });
  }
  return out;
}

async function eventsOf(tx: Tx, caseIds: string[]): Promise<Map<string, ExportEventRow[]>> {
  const rows = await tx.caseEvent.findMany({
    where: {
      caseId: { in: caseIds },
      OR: [{ type: { in: ["CREATED", "STATUS_CHANGED"] } }, { pfifImport: { isNot: null } }],
    },
    select: {
      id: true,
      caseId: true,
      type: true,
      newValue: true,
      body: true,
      createdAt: true,
      pfifImport: {
        select: { noteRecordId: true, authorName: true, sourceDate: true, status: true, text: true },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byCase = new Map<string, ExportEventRow[]>();
  for (const { caseId, pfifImport, ...ev } of rows) {
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), { ...ev, imported: pfifImport }]);
  }
  return byCase;
}

/** A record's events as the notes its audience may see. */
function notesOf(
  events: readonly ExportEventRow[],
  ctx: FeedContext,
  o: { personRecordId: string; ownRecord: boolean; audience: PfifAudience; countryCode: string },
) {
  const text = (status: string) => ctx.t(`partners:pfif.status.${status}`);
  return events
    .map((ev) => eventToPfifNote(ev, { ...o, domain: ctx.domain, text }))
    .filter((n): n is PfifNote => n !== null);
}

/** Police partners: the page of their scope's cases, each read logged in the same transaction. */
async function policePage(viewer: Viewer, q: FeedQuery, ctx: FeedContext) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.case.findMany({
      where: {
        AND: [pfifReadScope(viewer), { consentWithdrawnAt: null, duplicateOfId: null }, ...keyset(q)],
      },
      select: caseSelect,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: q.maxResults,
    });
    const events = await eventsOf(
      tx,
      rows.map((r) => r.id),
    );
    for (const r of rows) await logCaseAccess(tx, { caseId: r.id, userId: viewer.id, action: "PFIF_EXPORT" });
    const records = rows.map((r) => ({
      person: policeCaseToPfif(r, { domain: ctx.domain, label: (k) => ctx.t(`partners:pfif.label.${k}`) }),
      notes: notesOf(events.get(r.id) ?? [], ctx, {
        personRecordId: personRecordId(ctx.domain, r),
        ownRecord: !r.pfifRecordId,
        audience: "police",
        countryCode: r.countryCode,
      }),
    }));
    return { records, last: rows.at(-1) };
  });
}

async function publicPage(viewer: Viewer, q: FeedQuery, ctx: FeedContext) {
  const countries = viewer.api ? [...viewer.api.countryCodes] : [...CLAIM_COUNTRIES];
  const page = await listBulletinForFeed({ since: q.since, after: q.cursor, countries, take: q.maxResults });
  const db = await getDb();
  const events = await db.$transaction((tx) =>
    eventsOf(
      tx,
      page.map((p) => p.id),
    ),
  );
  const records: PersonWithNotes[] = page.map((p) => {
    const publicUrl = `${ctx.baseUrl}/${ctx.locale}/missing/${p.publicCase.publicId}`;
    const person = publicCaseToPfif(p.publicCase, p, { domain: ctx.domain, baseUrl: ctx.baseUrl, publicUrl });
    const notes = notesOf(events.get(p.id) ?? [], ctx, {
      personRecordId: person.person_record_id!,
      ownRecord: true,
      audience: "public",
      countryCode: p.publicCase.countryCode,
    });
    return { person, notes };
  });
  const lastItem = page.at(-1);
  return { records, last: lastItem ? { id: lastItem.id, updatedAt: lastItem.updatedAt } : undefined };
}

async function page(viewer: Viewer, q: FeedQuery, ctx: FeedContext) {
  if (!can(viewer, "pfif:read")) throw new NotFoundError();
  return audienceOf(viewer) === "police" ? policePage(viewer, q, ctx) : publicPage(viewer, q, ctx);
}

export async function exportPfifPersons(viewer: Viewer, q: FeedQuery, ctx: FeedContext): Promise<FeedPage> {
  const { records, last } = await page(viewer, q, ctx);
  const full = records.length === q.maxResults && last;
  return {
    xml: writePersonsDocument(records),
    nextCursor: full ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
    count: records.length,
  };
}

/** The notes of the same page of persons, as a top-level notes feed. */
export async function exportPfifNotes(viewer: Viewer, q: FeedQuery, ctx: FeedContext): Promise<FeedPage> {
  const { records, last } = await page(viewer, q, ctx);
  const full = records.length === q.maxResults && last;
  return {
    xml: writeNotesDocument(records.flatMap((r) => r.notes)),
    nextCursor: full ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
    count: records.length,
  };
}

export { decodeCursor };
