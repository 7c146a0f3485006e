// The PFIF 1.4 field rules a record must meet, as reason codes (the import report translates
// them). A record that breaks one is reported and skipped; it never stops the others.
import { isPfifBirthDate, isRecordId, parsePfifAge, parsePfifDate } from "./formats";
import {
  NOTE_STATUSES,
  REQUIRED_NOTE_FIELDS,
  REQUIRED_PERSON_FIELDS,
  SEX_VALUES,
  type PfifNote,
  type PfifPerson,
} from "./fields";

export interface FieldProblem {
  field: string;
  reason: "required" | "recordId" | "date" | "birthDate" | "age" | "sex" | "status" | "country" | "boolean";
}

const isCountry = (s: string) => /^[A-Z]{2}$/.test(s);

export function personProblems(p: PfifPerson): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const f of REQUIRED_PERSON_FIELDS) if (!p[f]?.trim()) out.push({ field: f, reason: "required" });
  if (p.person_record_id && !isRecordId(p.person_record_id))
    out.push({ field: "person_record_id", reason: "recordId" });
  for (const f of ["entry_date", "expiry_date", "source_date"] as const) {
    if (p[f] && !parsePfifDate(p[f])) out.push({ field: f, reason: "date" });
  }
  if (p.date_of_birth && !isPfifBirthDate(p.date_of_birth))
    out.push({ field: "date_of_birth", reason: "birthDate" });
  if (p.age && !parsePfifAge(p.age)) out.push({ field: "age", reason: "age" });
  if (p.sex && !(SEX_VALUES as readonly string[]).includes(p.sex)) out.push({ field: "sex", reason: "sex" });
  if (p.home_country && !isCountry(p.home_country)) out.push({ field: "home_country", reason: "country" });
  return out;
}

export function noteProblems(n: PfifNote): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const f of REQUIRED_NOTE_FIELDS) if (!n[f]?.trim()) out.push({ field: f, reason: "required" });
  for (const f of ["note_record_id", "person_record_id", "linked_person_record_id"] as const) {
    if (n[f] && !isRecordId(n[f])) out.push({ field: f, reason: "recordId" });
  }
  for (const f of ["entry_date", "source_date"] as const) {
    if (n[f] && !parsePfifDate(n[f])) out.push({ field: f, reason: "date" });
  }
  if (n.status && !(NOTE_STATUSES as readonly string[]).includes(n.status))
    out.push({ field: "status", reason: "status" });
  if (n.author_made_contact && !["true", "false"].includes(n.author_made_contact))
    out.push({ field: "author_made_contact", reason: "boolean" });
  return out;
}
