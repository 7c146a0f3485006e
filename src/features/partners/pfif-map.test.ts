import { describe, expect, it } from "vitest";
import { ClaimInput, PartnerClaimInput } from "@/features/intake/schemas";
import { parsePfif } from "@/lib/pfif/parse";
import { writePersonsDocument } from "@/lib/pfif/serialize";
import { personProblems } from "@/lib/pfif/validate";
import {
  eventToPfifNote,
  noteStatusFor,
  policeCaseToPfif,
  publicCaseToPfif,
  type ExportCaseRow,
} from "./pfif-export-map";
import { pfifPersonToClaimInput, submissionIdFor } from "./pfif-import-map";

const row: ExportCaseRow = {
  id: "c1",
  publicId: "pub123",
  countryCode: "BO",
  givenNames: "Nayeli",
  familyNames: "Quispe Mamani",
  otherNames: "Naye",
  sex: "FEMALE",
  dateOfBirth: null,
  approxAge: 15,
  heightCm: 150,
  build: null,
  hair: "negro",
  eyeColour: null,
  distinguishingMarks: "tatuaje de rosa en el antebrazo izquierdo",
  clothing: null,
  lastSeenCity: "El Alto",
  reporterName: "María Mamani",
  createdAt: new Date("2026-11-01T10:00:00.123Z"),
  updatedAt: new Date("2026-11-02T10:00:00Z"),
  pfifRecordId: null,
  sourceName: null,
  sourceUrl: null,
  sourceDate: null,
};
const label = (k: string) => k;

describe("police export", () => {
  it("carries the description but never the reporter of our own records, and meets the 1.4 rules", () => {
    const p = policeCaseToPfif(row, { domain: "reencuentro.test", label });
    expect(p).toMatchObject({
      person_record_id: "reencuentro.test/pub123",
      full_name: "Nayeli Quispe Mamani",
      alternate_names: "Naye",
      sex: "female",
      age: "15",
      home_country: "BO",
      source_date: "2026-11-01T10:00:00Z",
    });
    expect(p.description).toContain("marks: tatuaje de rosa");
    expect(JSON.stringify(p)).not.toContain("María");
    expect(personProblems(p)).toEqual([]);
  });
});

describe("public export", () => {
  it("has only the consented fields", () => {
    const p = publicCaseToPfif(
      {
        publicId: "pub123",
        countryCode: "BO",
        name: null,
        age: { years: 15, approximate: true },
        lastSeen: null,
        description: null,
        photos: [],
      },
      row,
      {
        domain: "reencuentro.test",
        baseUrl: "https://r.test",
        publicUrl: "https://r.test/es/missing/pub123",
      },
    );
    expect(p.full_name).toBe("-");
    expect(p.given_name).toBeUndefined();
    expect(p.home_city).toBeUndefined();
    expect(p.photo_url).toBeUndefined();
    expect(personProblems(p)).toEqual([]);
  });
});

describe("statuses, with care", () => {
  it("maps case statuses to PFIF note statuses; a death only for police", () => {
    expect(noteStatusFor("REPORTED", "public")).toBe("information_sought");
    expect(noteStatusFor("ACTIVE", "public")).toBe("believed_missing");
    expect(noteStatusFor("LOCATED_ALIVE", "public")).toBe("believed_alive");
    expect(noteStatusFor("LOCATED_DECEASED", "police")).toBe("believed_dead");
    expect(noteStatusFor("LOCATED_DECEASED", "public")).toBeUndefined();
    expect(noteStatusFor("CLOSED", "police")).toBeUndefined();
    const ev = {
      id: "e1",
      type: "STATUS_CHANGED",
      newValue: "LOCATED_DECEASED",
      createdAt: new Date(),
      imported: null,
      body: null,
    };
    const o = {
      domain: "d.test",
      personRecordId: "d.test/x",
      ownRecord: true,
      countryCode: "BO",
      text: (s: string) => s,
    };
    expect(eventToPfifNote(ev, { ...o, audience: "public" })).toBeNull();
    expect(eventToPfifNote(ev, { ...o, audience: "police" })?.status).toBe("believed_dead");
    expect(eventToPfifNote({ ...ev, type: "NOTE_ADDED" }, { ...o, audience: "police" })).toBeNull();
    expect(
      eventToPfifNote(
        { ...ev, type: "CREATED", newValue: "REPORTED" },
        { ...o, ownRecord: false, audience: "police" },
      ),
    ).toBeNull();
  });
});

describe("import mapping", () => {
  const xml = writePersonsDocument([
    {
      person: {
        person_record_id: "partner.org/p-77",
        source_date: "2026-10-03T12:00:00Z",
        full_name: "Juan Carlos Pérez López",
        sex: "male",
        age: "12-14",
        home_country: "PE",
        home_city: "Puno",
        author_name: "Registro Nacional",
        author_email: "registro@partner.org",
      },
      notes: [
        {
          note_record_id: "partner.org/n-1",
          author_name: "X",
          source_date: "2026-10-04T00:00:00Z",
          text: "Visto en la frontera",
        },
      ],
    },
  ]);

  it("becomes a claim the report form's own schema accepts, unpublished, idempotent by record id", () => {
    const { persons } = parsePfif(xml);
    const { person, notes } = persons[0]!;
    const input = pfifPersonToClaimInput(
      person,
      notes.map((n) => n.note),
      { defaultLocale: "es" },
    );
    const parsed = ClaimInput.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(input.person).toMatchObject({
      givenNames: "Juan Carlos",
      familyNames: "Pérez López",
      sex: "MALE",
      approxAge: 13,
    });
    expect(input.lastSeen).toMatchObject({
      country: "PE",
      city: "Puno",
      date: "2026-10-04",
      circumstances: "Visto en la frontera",
    });
    expect(Object.values(input.consent).every((v) => v === false)).toBe(true);
    expect(input.submissionId).toBe(submissionIdFor("partner.org/p-77"));
    expect(submissionIdFor("partner.org/p-78")).not.toBe(input.submissionId);
  });

  it("a record without an age is refused by the same rules; one without its author's contact is not", () => {
    const input = pfifPersonToClaimInput(
      {
        person_record_id: "a.org/1",
        full_name: "Ana Quispe",
        source_date: "2026-10-03T12:00:00Z",
        home_country: "BO",
        home_city: "La Paz",
      },
      [],
      { defaultLocale: "es" },
    );
    const parsed = PartnerClaimInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("intake:errors.dobOrAge");
    expect(
      PartnerClaimInput.safeParse({ ...input, person: { ...input.person, approxAge: 30 } }).success,
    ).toBe(true);
    expect(ClaimInput.safeParse({ ...input, person: { ...input.person, approxAge: 30 } }).success).toBe(
      false,
    );
  });
});
