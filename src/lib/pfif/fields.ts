// The People Finder Interchange Format (PFIF), versions 1.1 to 1.4: namespaces, the fields of a
// person and of a note in each version's order, and the fields each version requires. We write
// 1.4 and read 1.1-1.4; older field names are mapped to 1.4's on the way in (see parse.ts).
// Reference: the PFIF 1.4 specification (namespace http://zesty.ca/pfif/1.4).

export const PFIF_VERSIONS = ["1.1", "1.2", "1.3", "1.4"] as const;
export type PfifVersion = (typeof PFIF_VERSIONS)[number];

export const namespaceOf = (v: PfifVersion) => `http://zesty.ca/pfif/${v}`;
export const PFIF_14_NS = namespaceOf("1.4");

/** The version a namespace URI names; a trailing slash is tolerated (seen in the wild). */
export function versionOfNamespace(ns: string | undefined): PfifVersion | null {
  if (!ns) return null;
  const m = /^http:\/\/zesty\.ca\/pfif\/(1\.[1-4])\/?$/.exec(ns.trim());
  return m ? (m[1] as PfifVersion) : null;
}

export const PERSON_FIELDS_14 = [
  "person_record_id",
  "entry_date",
  "expiry_date",
  "author_name",
  "author_email",
  "author_phone",
  "source_name",
  "source_date",
  "source_url",
  "full_name",
  "given_name",
  "family_name",
  "alternate_names",
  "description",
  "sex",
  "date_of_birth",
  "age",
  "home_street",
  "home_neighborhood",
  "home_city",
  "home_state",
  "home_postal_code",
  "home_country",
  "photo_url",
  "profile_urls",
] as const;
export type PersonField = (typeof PERSON_FIELDS_14)[number];

export const NOTE_FIELDS_14 = [
  "note_record_id",
  "person_record_id",
  "linked_person_record_id",
  "entry_date",
  "author_name",
  "author_email",
  "author_phone",
  "source_date",
  "author_made_contact",
  "status",
  "email_of_found_person",
  "phone_of_found_person",
  "last_known_location",
  "text",
  "photo_url",
] as const;
export type NoteField = (typeof NOTE_FIELDS_14)[number];

export type PfifPerson = Partial<Record<PersonField, string>>;
export type PfifNote = Partial<Record<NoteField, string>>;

/** 1.4's required fields (person_record_id of a note is required when it is not nested). */
export const REQUIRED_PERSON_FIELDS: readonly PersonField[] = [
  "person_record_id",
  "source_date",
  "full_name",
];
export const REQUIRED_NOTE_FIELDS: readonly NoteField[] = [
  "note_record_id",
  "person_record_id",
  "author_name",
  "source_date",
  "text",
];

/** Older names of fields, by the 1.4 name they became. */
export const LEGACY_PERSON_FIELDS: Record<string, PersonField> = {
  first_name: "given_name",
  last_name: "family_name",
  home_zip: "home_postal_code",
  other: "description",
};
export const LEGACY_NOTE_FIELDS: Record<string, NoteField> = { found: "author_made_contact" };

export const NOTE_STATUSES = [
  "information_sought",
  "is_note_author",
  "believed_alive",
  "believed_missing",
  "believed_dead",
] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const SEX_VALUES = ["female", "male", "other"] as const;
