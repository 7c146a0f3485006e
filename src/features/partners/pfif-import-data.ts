import "server-only";
// POST /api/v1/pfif and the admin upload: each PFIF person becomes a claim through the report
// form's own schema and fileClaim() (or updates the claim it created before: idempotent on
// person_record_id), each note a timeline event (idempotent on note_record_id). A bad record is
// reported with its line and reason and never stops, or half-imports, the others.
import { fileClaim } from "@/features/intake/data";
import { PartnerClaimInput } from "@/features/intake/schemas";
import { fieldErrorsFrom } from "@/server/result";
import type { PfifNote, PfifPerson } from "@/lib/pfif/fields";
import { parsePfifDate } from "@/lib/pfif/formats";
import { parsePfif, PfifDocumentError, type ParsedNote, type ParsedPerson } from "@/lib/pfif/parse";
import { noteProblems, personProblems } from "@/lib/pfif/validate";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { adminCountryScope, can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { pfifFieldOf, pfifPersonToClaimInput } from "./pfif-import-map";
import { CLAIM_COUNTRIES } from "@/lib/case-options";

export interface RecordProblem {
  field: string;
  /** An i18n key: partners:pfif.reason.<reason> or a validation key. */
  reason: string;
}
export interface RecordReport {
  kind: "person" | "note";
  line: number;
  recordId: string | null;
  result: "created" | "updated" | "unchanged" | "refused";
  caseNumber?: string;
  problems?: RecordProblem[];
}

const problemsOf = (list: { field: string; reason: string }[]) =>
  list.map((p) => ({ field: p.field, reason: `partners:pfif.reason.${p.reason}` }));

/** Countries this caller may import into: a token's, or the admin's (super-admin: all). */
function importCountries(viewer: Viewer): readonly string[] {
  if (!can(viewer, "pfif:write")) throw new NotFoundError();
  if (viewer.api) return viewer.api.countryCodes;
  if (viewer.role === "ADMIN")
    return adminCountryScope(viewer)?.countryCode ? [viewer.countryCode] : CLAIM_COUNTRIES;
  return [viewer.countryCode];
}

export async function importPfif(viewer: Viewer, xml: string): Promise<RecordReport[]> {
  const countries = importCountries(viewer);
  let doc;
  try {
    doc = parsePfif(xml);
  } catch (err) {
    if (err instanceof PfifDocumentError)
      throw new AppError(`partners:pfif.document.${err.reason}`, err.reason === "tooLarge" ? 413 : 400);
    throw err;
  }
  const reports: RecordReport[] = [];
  for (const p of doc.persons) reports.push(await importPerson(viewer, p, countries));
  const notes = [...doc.persons.flatMap((p) => p.notes), ...doc.notes];
  for (const n of notes) reports.push(await importNote(viewer, n, countries));
  return reports;
}

async function importPerson(
  viewer: Viewer,
  { line, person, notes }: ParsedPerson,
  countries: readonly string[],
): Promise<RecordReport> {
  const base = { kind: "person" as const, line, recordId: person.person_record_id ?? null };
  const invalid = personProblems(person);
  if (invalid.length) return { ...base, result: "refused", problems: problemsOf(invalid) };
  if (!person.home_country || !countries.includes(person.home_country)) {
    return {
      ...base,
      result: "refused",
      problems: [{ field: "home_country", reason: "partners:pfif.reason.countryOutOfScope" }],
    };
  }
  const db = await getDb();
  const existing = await db.case.findFirst({
    where: {
      pfifRecordId: person.person_record_id,
      countryCode: { in: [...countries] },
      practiceSessionId: null,
    },
    select: { id: true, caseNumber: true },
  });
  if (existing) return { ...base, ...(await updateFromPfif(viewer, existing, person)) };
  const country = await db.country.findUnique({
    where: { code: person.home_country },
    select: { defaultLocale: true },
  });
  const raw = pfifPersonToClaimInput(
    person,
    notes.map((n) => n.note),
    { defaultLocale: country?.defaultLocale ?? "es" },
  );
  const parsed = PartnerClaimInput.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrorsFrom(parsed.error.issues);
    return {
      ...base,
      result: "refused",
      problems: Object.entries(fields).map(([f, reason]) => ({ field: pfifFieldOf(f), reason })),
    };
  }
  const filed = await fileClaim(parsed.data);
  await db.case.update({
    where: { caseNumber: filed.caseNumber },
    data: {
      pfifRecordId: person.person_record_id,
      sourceName: person.source_name ?? null,
      sourceUrl: person.source_url ?? null,
      sourceDate: parsePfifDate(person.source_date),
      sourceTokenId: viewer.api?.tokenId ?? null,
    },
  });
  return { ...base, result: filed.created ? "created" : "unchanged", caseNumber: filed.caseNumber };
}

/** The fields a partner's newer record may change: names, description, source. */
async function updateFromPfif(viewer: Viewer, c: { id: string; caseNumber: string }, p: PfifPerson) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        otherNames: true,
        distinguishingMarks: true,
        sourceName: true,
        sourceUrl: true,
        sourceDate: true,
      },
    });
    const next = {
      otherNames: p.alternate_names || row.otherNames,
      distinguishingMarks: p.description || row.distinguishingMarks,
      sourceName: p.source_name ?? row.sourceName,
      sourceUrl: p.source_url ?? row.sourceUrl,
      sourceDate: parsePfifDate(p.source_date) ?? row.sourceDate,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => String(next[k] ?? "") !== String(row[k] ?? ""),
    );
    if (!changed.length) return { result: "unchanged" as const, caseNumber: c.caseNumber };
    await tx.case.update({ where: { id: c.id }, data: next });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "SYSTEM",
      actorUserId: viewer.id,
      type: "PFIF_UPDATED",
      field: changed.join(","),
      newValue: p.source_name ?? null,
    });
    return { result: "updated" as const, caseNumber: c.caseNumber };
  });
}

async function importNote(
  viewer: Viewer,
  { line, note }: ParsedNote,
  countries: readonly string[],
): Promise<RecordReport> {
  const base = { kind: "note" as const, line, recordId: note.note_record_id ?? null };
  const invalid = noteProblems(note);
  if (invalid.length) return { ...base, result: "refused", problems: problemsOf(invalid) };
  const db = await getDb();
  const target = await db.case.findFirst({
    where: {
      pfifRecordId: note.person_record_id,
      countryCode: { in: [...countries] },
      practiceSessionId: null,
    },
    select: { id: true, caseNumber: true },
  });
  if (!target)
    return {
      ...base,
      result: "refused",
      problems: [{ field: "person_record_id", reason: "partners:pfif.reason.unknownPerson" }],
    };
  const seen = await db.pfifNoteImport.findUnique({
    where: { noteRecordId: note.note_record_id! },
    select: { caseId: true },
  });
  if (seen) return { ...base, result: "unchanged", caseNumber: target.caseNumber };
  try {
    await db.$transaction(async (tx) => {
      const ev = await recordCaseEvent(tx, {
        caseId: target.id,
        actorKind: "SYSTEM",
        actorUserId: viewer.id,
        type: "PFIF_NOTE",
        newValue: note.status ?? null,
        body: note.text!,
      });
      await tx.pfifNoteImport.create({ data: noteRow(note, target.id, ev.id) });
    });
  } catch (err) {
    // The same note sent twice at once: the primary key let one in; the other changed nothing.
    if ((err as { code?: string }).code === "P2002")
      return { ...base, result: "unchanged", caseNumber: target.caseNumber };
    throw err;
  }
  return { ...base, result: "created", caseNumber: target.caseNumber };
}

function noteRow(n: PfifNote, caseId: string, eventId: string) {
  return {
    noteRecordId: n.note_record_id!,
    caseId,
    eventId,
    authorName: n.author_name!,
    sourceDate: parsePfifDate(n.source_date)!,
    status: n.status ?? null,
    text: n.text!,
  };
}
