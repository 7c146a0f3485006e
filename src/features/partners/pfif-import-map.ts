// A PFIF person (with its notes) as the claim the report form would have filed, so an imported
// record passes the very same ClaimInput schema and fileClaim() path. What PFIF lacks is filled
// in the most careful way (see docs/decisions/120-partner-tokens-and-pfif.md): nothing is published
// (every consent false: no family consented here), the reporter is the record's author, the
// place is the home city or the last known location of the newest note.
import crypto from "node:crypto";
import { parsePfifAge } from "@/lib/pfif/formats";
import type { PfifNote, PfifPerson } from "@/lib/pfif/fields";

/** A stable UUID for a record id: importing the same person again finds the same claim. */
export function submissionIdFor(personRecordId: string): string {
  const h = crypto.createHash("sha256").update(`pfif:${personRecordId}`).digest("hex");
  // Shaped as a version-4/variant-1 UUID so the claim schema's z.uuid() accepts it.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function splitFullName(p: PfifPerson): { given?: string; family?: string } {
  if (p.given_name || p.family_name) return { given: p.given_name, family: p.family_name };
  const words = (p.full_name ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { given: words[0] };
  // Spanish-speaking names usually carry two family names: "Ana María Quispe Mamani" -> the
  // last two words are family names when there are four or more words.
  const familyCount = words.length >= 4 ? 2 : 1;
  return { given: words.slice(0, -familyCount).join(" "), family: words.slice(-familyCount).join(" ") };
}

const SEX: Record<string, string> = { female: "FEMALE", male: "MALE", other: "OTHER" };

function newest(notes: readonly PfifNote[]): PfifNote | undefined {
  return [...notes].sort((a, b) => (b.source_date ?? "").localeCompare(a.source_date ?? ""))[0];
}

/** The raw claim input (unparsed: ClaimInput decides) for a PFIF person in `country`. */
export function pfifPersonToClaimInput(
  p: PfifPerson,
  notes: readonly PfifNote[],
  opts: { defaultLocale: string },
) {
  const { given, family } = splitFullName(p);
  const age = p.age ? parsePfifAge(p.age) : null;
  const note = newest(notes);
  const dob = p.date_of_birth && /^\d{4}-\d{2}-\d{2}$/.test(p.date_of_birth) ? p.date_of_birth : undefined;
  return {
    submissionId: submissionIdFor(p.person_record_id ?? ""),
    person: {
      givenNames: given ?? "",
      familyNames: family ?? "",
      otherNames: p.alternate_names || undefined,
      sex: SEX[p.sex ?? ""] ?? "UNKNOWN",
      dateOfBirth: dob,
      // An age range becomes its middle: the claim keeps one approximate age.
      approxAge: !dob && age ? Math.round((age[0] + age[1]) / 2) : undefined,
      languages: [],
      distinguishingMarks: p.description || undefined,
    },
    lastSeen: {
      country: p.home_country ?? "",
      city: p.home_city || note?.last_known_location || p.home_state || "",
      date: (note?.source_date ?? p.source_date ?? "").slice(0, 10),
      // Never empty: a record with no words about what happened still says where it came from.
      circumstances: note?.text || p.description || `PFIF ${p.person_record_id ?? ""}`.trim(),
      riskIndicators: [],
    },
    reporter: {
      // The record's author, else its source: the partner that sent it (the record id's domain).
      name: p.author_name || p.source_name || (p.person_record_id ?? "").split("/")[0] || "",
      relationship: "OTHER",
      phone: p.author_phone || undefined,
      email: p.author_email || undefined,
      preferredLocale: opts.defaultLocale,
    },
    consent: {
      publishPhoto: false,
      publishName: false,
      publishAge: false,
      publishLastSeen: false,
      publishDescription: false,
      guardianConfirmed: false,
    },
  };
}

/** The PFIF field a claim field came from, for the per-record report. */
const FIELD_OF: Record<string, string> = {
  "person.givenNames": "given_name",
  "person.familyNames": "family_name",
  "person.otherNames": "alternate_names",
  "person.dateOfBirth": "date_of_birth",
  "person.approxAge": "age",
  "person.distinguishingMarks": "description",
  "lastSeen.country": "home_country",
  "lastSeen.city": "home_city",
  "lastSeen.date": "source_date",
  "lastSeen.circumstances": "description",
  "reporter.name": "author_name",
  "reporter.phone": "author_phone",
  "reporter.email": "author_email",
};

export function pfifFieldOf(claimField: string): string {
  return FIELD_OF[claimField] ?? claimField;
}
