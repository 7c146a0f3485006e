// Cases as PFIF 1.4 persons and their history as notes, for two audiences:
// - "police": a police partner reads what a police officer of the token's countries reads, minus
//   the reporter's identity and contact (the family talks to the owning unit, not to partners);
// - "public": any other partner gets only what the family consented to publish (the bulletin's
//   rule and columns), so a feed can never be the back door out of what the bulletin protects.
// Records we imported keep their original record id and source_*: export -> import -> export
// gives the same PFIF, modulo entry_date.
import { pfifDate } from "@/lib/pfif/formats";
import type { NoteStatus, PfifNote, PfifPerson } from "@/lib/pfif/fields";
import type { PublicCase } from "@/features/bulletin/data";

export type PfifAudience = "police" | "public";

export interface ExportCaseRow {
  id: string;
  publicId: string;
  countryCode: string;
  givenNames: string;
  familyNames: string;
  otherNames: string | null;
  sex: string;
  dateOfBirth: Date | null;
  approxAge: number | null;
  heightCm: number | null;
  build: string | null;
  hair: string | null;
  eyeColour: string | null;
  distinguishingMarks: string | null;
  clothing: string | null;
  lastSeenCity: string;
  reporterName: string;
  createdAt: Date;
  updatedAt: Date;
  pfifRecordId: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  sourceDate: Date | null;
}

const SEX: Record<string, string> = { FEMALE: "female", MALE: "male", OTHER: "other" };
const day = (d: Date) => d.toISOString().slice(0, 10);

export const personRecordId = (domain: string, row: { publicId: string; pfifRecordId: string | null }) =>
  row.pfifRecordId ?? `${domain}/${row.publicId}`;

/** Physical description in one text, labelled by the caller's translations. */
function describe(row: ExportCaseRow, label: (k: string) => string): string | undefined {
  if (row.pfifRecordId) return row.distinguishingMarks ?? undefined;
  const parts: [string, string | number | null][] = [
    ["height", row.heightCm],
    ["build", row.build],
    ["hair", row.hair],
    ["eyes", row.eyeColour],
    ["marks", row.distinguishingMarks],
    ["clothing", row.clothing],
  ];
  const text = parts
    .filter(([, v]) => v !== null && v !== "")
    .map(([k, v]) => `${label(k)}: ${v}`)
    .join("; ");
  return text || undefined;
}

export function policeCaseToPfif(
  row: ExportCaseRow,
  o: { domain: string; label: (k: string) => string },
): PfifPerson {
  const own = !row.pfifRecordId;
  return {
    person_record_id: personRecordId(o.domain, row),
    entry_date: pfifDate(row.updatedAt),
    author_name: own ? `Reencuentro (${row.countryCode})` : row.reporterName,
    source_name: own ? "Reencuentro" : (row.sourceName ?? undefined),
    source_date: pfifDate(own ? row.createdAt : (row.sourceDate ?? row.createdAt)),
    source_url: own ? undefined : (row.sourceUrl ?? undefined),
    full_name: `${row.givenNames} ${row.familyNames}`.trim(),
    given_name: row.givenNames,
    family_name: row.familyNames,
    alternate_names: row.otherNames ?? undefined,
    description: describe(row, o.label),
    sex: SEX[row.sex],
    date_of_birth: row.dateOfBirth ? day(row.dateOfBirth) : undefined,
    age: !row.dateOfBirth && row.approxAge !== null ? String(row.approxAge) : undefined,
    home_city: row.lastSeenCity,
    home_country: row.countryCode,
  };
}

export function publicCaseToPfif(
  pc: PublicCase,
  meta: { createdAt: Date; updatedAt: Date },
  o: { domain: string; baseUrl: string; publicUrl: string },
): PfifPerson {
  const full = pc.name ? `${pc.name.givenNames} ${pc.name.familyNames}`.trim() : "";
  return {
    person_record_id: `${o.domain}/${pc.publicId}`,
    entry_date: pfifDate(meta.updatedAt),
    author_name: `Reencuentro (${pc.countryCode})`,
    source_name: "Reencuentro",
    source_date: pfifDate(meta.createdAt),
    source_url: o.publicUrl,
    // full_name is required by PFIF; without consent to publish the name the feed says so.
    full_name: full || "-",
    given_name: pc.name?.givenNames,
    family_name: pc.name?.familyNames,
    alternate_names: pc.name?.otherNames ?? undefined,
    age: pc.age ? String(pc.age.years) : undefined,
    home_city: pc.lastSeen?.city,
    home_country: pc.countryCode,
    photo_url: pc.photos[0] ? `${o.baseUrl}/api/public-photos/${pc.photos[0].id}/full` : undefined,
  };
}

/**
 * The PFIF status a case status stands for, with care: "believed_dead" only ever goes to police
 * partners (a death is told to a family by people, never learned from a feed), and closing or
 * rejecting a case says nothing about the person, so it carries no status.
 */
export function noteStatusFor(caseStatus: string, audience: PfifAudience): NoteStatus | undefined {
  switch (caseStatus) {
    case "REPORTED":
      return "information_sought";
    case "VERIFIED":
    case "ACTIVE":
      return "believed_missing";
    case "LOCATED_ALIVE":
      return "believed_alive";
    case "LOCATED_DECEASED":
      return audience === "police" ? "believed_dead" : undefined;
    default:
      return undefined;
  }
}

export interface ExportEventRow {
  id: string;
  type: string;
  newValue: string | null;
  createdAt: Date;
  imported: {
    noteRecordId: string;
    authorName: string;
    sourceDate: Date;
    status: string | null;
    text: string;
  } | null;
  body: string | null;
}

/** A case event as a note, or null when it is not one a partner should see. */
export function eventToPfifNote(
  ev: ExportEventRow,
  o: {
    domain: string;
    personRecordId: string;
    ownRecord: boolean;
    audience: PfifAudience;
    countryCode: string;
    text: (status: string) => string;
  },
): PfifNote | null {
  if (ev.imported) {
    // What a partner wrote stays with the police: the public feed carries statuses only.
    if (o.audience !== "police") return null;
    return {
      note_record_id: ev.imported.noteRecordId,
      person_record_id: o.personRecordId,
      entry_date: pfifDate(ev.createdAt),
      author_name: ev.imported.authorName,
      source_date: pfifDate(ev.imported.sourceDate),
      status: (ev.imported.status as NoteStatus | null) ?? undefined,
      text: ev.imported.text,
    };
  }
  // An imported record's own CREATED event is ours, not the source's: it would add a note that
  // the source never had (and break the round trip).
  const isStatus = ev.type === "STATUS_CHANGED" || (ev.type === "CREATED" && o.ownRecord);
  if (!isStatus || !ev.newValue) return null;
  const status = noteStatusFor(ev.newValue, o.audience);
  // A deceased case's note to a non-police partner would itself say too much: leave it out.
  if (ev.newValue === "LOCATED_DECEASED" && o.audience !== "police") return null;
  return {
    note_record_id: `${o.domain}/event.${ev.id}`,
    person_record_id: o.personRecordId,
    entry_date: pfifDate(ev.createdAt),
    author_name: `Reencuentro (${o.countryCode})`,
    source_date: pfifDate(ev.createdAt),
    status,
    text: o.text(ev.newValue),
  };
}
