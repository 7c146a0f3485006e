// Writes PFIF 1.4 documents: fields in the spec's order, empty optional fields left out,
// required ones always present. Callers decide WHAT goes in (scope, consent); this only writes.
import { escapeXml } from "./formats";
import {
  NOTE_FIELDS_14,
  PERSON_FIELDS_14,
  PFIF_14_NS,
  REQUIRED_NOTE_FIELDS,
  REQUIRED_PERSON_FIELDS,
  type PfifNote,
  type PfifPerson,
} from "./fields";

function writeFields<F extends string>(
  record: Partial<Record<F, string>>,
  order: readonly F[],
  required: readonly F[],
  indent: string,
  skip: readonly F[] = [],
): string {
  let out = "";
  for (const field of order) {
    if (skip.includes(field)) continue;
    const value = record[field];
    if (value || required.includes(field)) {
      out += `${indent}<pfif:${field}>${escapeXml(value ?? "")}</pfif:${field}>\n`;
    }
  }
  return out;
}

function writeNote(note: PfifNote, indent: string, nested: boolean): string {
  // A note nested in its person does not repeat person_record_id (the spec allows either).
  const skip = nested ? (["person_record_id"] as const) : [];
  return (
    `${indent}<pfif:note>\n` +
    writeFields(note, NOTE_FIELDS_14, REQUIRED_NOTE_FIELDS, indent + "  ", skip) +
    `${indent}</pfif:note>\n`
  );
}

export interface PersonWithNotes {
  person: PfifPerson;
  notes: readonly PfifNote[];
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${PFIF_14_NS}">\n`;
const FOOTER = "</pfif:pfif>\n";

/** A persons feed: each person with its notes nested. */
export function writePersonsDocument(records: readonly PersonWithNotes[]): string {
  let out = HEADER;
  for (const { person, notes } of records) {
    out += "  <pfif:person>\n";
    out += writeFields(person, PERSON_FIELDS_14, REQUIRED_PERSON_FIELDS, "    ");
    for (const note of notes) out += writeNote(note, "    ", true);
    out += "  </pfif:person>\n";
  }
  return out + FOOTER;
}

/** A notes feed: top-level notes, each naming its person. */
export function writeNotesDocument(notes: readonly PfifNote[]): string {
  return HEADER + notes.map((n) => writeNote(n, "  ", false)).join("") + FOOTER;
}
