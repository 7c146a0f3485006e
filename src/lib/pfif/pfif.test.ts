import { describe, expect, it } from "vitest";
import { PFIF_14_NS } from "./fields";
import { parsePfifDate, pfifDate } from "./formats";
import { parsePfif, PfifDocumentError } from "./parse";
import { writeNotesDocument, writePersonsDocument } from "./serialize";
import { noteProblems, personProblems } from "./validate";

const SAMPLE_13 = `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.3">
  <pfif:person>
    <pfif:person_record_id>example.org/p1</pfif:person_record_id>
    <pfif:entry_date>2010-01-16T17:32:05Z</pfif:entry_date>
    <pfif:author_name>Jane Doe</pfif:author_name>
    <pfif:source_date>2010-01-16T17:20:00Z</pfif:source_date>
    <pfif:first_name>Ana</pfif:first_name>
    <pfif:last_name>Quispe</pfif:last_name>
    <pfif:home_country>BO</pfif:home_country>
    <pfif:other>Wears a red scarf &amp; glasses</pfif:other>
    <pfif:note>
      <pfif:note_record_id>example.org/n1</pfif:note_record_id>
      <pfif:author_name>John Doe</pfif:author_name>
      <pfif:source_date>2010-01-16T18:00:00Z</pfif:source_date>
      <pfif:found>false</pfif:found>
      <pfif:status>believed_missing</pfif:status>
      <pfif:text>Last seen at the market.</pfif:text>
    </pfif:note>
  </pfif:person>
</pfif:pfif>`;

describe("parsePfif", () => {
  it("reads a 1.3 document into 1.4 field names, with nested notes naming their person", () => {
    const doc = parsePfif(SAMPLE_13);
    expect(doc.version).toBe("1.3");
    expect(doc.persons).toHaveLength(1);
    const { person, notes, line } = doc.persons[0]!;
    expect(line).toBe(3);
    expect(person).toMatchObject({
      person_record_id: "example.org/p1",
      given_name: "Ana",
      family_name: "Quispe",
      full_name: "Ana Quispe",
      description: "Wears a red scarf & glasses",
    });
    expect(notes[0]!.note).toMatchObject({
      person_record_id: "example.org/p1",
      author_made_contact: "false",
      status: "believed_missing",
    });
    expect(notes[0]!.line).toBe(12);
  });

  it("accepts any prefix, or none, bound to a PFIF namespace", () => {
    const xml = `<pfif xmlns="${PFIF_14_NS}"><person><person_record_id>a.org/1</person_record_id><full_name>X</full_name><source_date>2026-01-01T00:00:00Z</source_date></person></pfif>`;
    expect(parsePfif(xml).persons[0]!.person.full_name).toBe("X");
    const other = xml.replace(/<(\/?)/g, "<$1p:").replace('xmlns="', 'xmlns:p="');
    expect(parsePfif(other).persons[0]!.person.person_record_id).toBe("a.org/1");
  });

  it("refuses an external entity (XXE) without reading the file", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<pfif:pfif xmlns:pfif="${PFIF_14_NS}"><pfif:person><pfif:full_name>&xxe;</pfif:full_name></pfif:person></pfif:pfif>`;
    expect(() => parsePfif(xxe)).toThrow(PfifDocumentError);
    try {
      parsePfif(xxe);
    } catch (e) {
      expect((e as PfifDocumentError).reason).toBe("doctype");
    }
  });

  it("refuses a billion-laughs document at once, using little memory", () => {
    const lol = [`<!ENTITY lol "lol">`]
      .concat(Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`))
      .join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${lol}]><pfif:pfif xmlns:pfif="${PFIF_14_NS}"><pfif:person><pfif:full_name>&lol9;</pfif:full_name></pfif:person></pfif:pfif>`;
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    expect(() => parsePfif(xml)).toThrow(PfifDocumentError);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a document too large, too deep, malformed, or not PFIF", () => {
    const reason = (xml: string) => {
      try {
        parsePfif(xml);
        return "parsed";
      } catch (e) {
        return (e as PfifDocumentError).reason;
      }
    };
    expect(reason(`<pfif:pfif xmlns:pfif="${PFIF_14_NS}">${" ".repeat(6 * 1024 * 1024)}</pfif:pfif>`)).toBe(
      "tooLarge",
    );
    expect(
      reason(`<pfif:pfif xmlns:pfif="${PFIF_14_NS}">${"<a>".repeat(50)}${"</a>".repeat(50)}</pfif:pfif>`),
    ).toBe("malformed");
    expect(reason(`<pfif:pfif xmlns:pfif="${PFIF_14_NS}"><pfif:person>`)).toBe("malformed");
    expect(reason(`<people xmlns="http://example.org/x"><person/></people>`)).toBe("notPfif");
    expect(reason(`<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/9.9"></pfif:pfif>`)).toBe("notPfif");
  });
});

describe("writePersonsDocument", () => {
  it("writes 1.4 fields in order, escapes text, keeps required fields, and parses back the same", () => {
    const person = {
      person_record_id: "reencuentro.test/BO-2026-000001",
      entry_date: "2026-12-01T10:00:00Z",
      source_date: "2026-11-30T08:00:00Z",
      full_name: "Nayeli <Naye> Quispe & Mamani",
      given_name: "Nayeli",
      sex: "female",
      home_country: "BO",
    };
    const note = {
      note_record_id: "reencuentro.test/event-1",
      person_record_id: person.person_record_id,
      author_name: "Policía Boliviana",
      source_date: "2026-12-01T09:00:00Z",
      status: "believed_missing",
      text: "Reported missing\u0000.",
    };
    const xml = writePersonsDocument([{ person, notes: [note] }]);
    expect(xml).toContain(`xmlns:pfif="${PFIF_14_NS}"`);
    expect(xml).toContain("<pfif:full_name>Nayeli &lt;Naye&gt; Quispe &amp; Mamani</pfif:full_name>");
    expect(xml.indexOf("<pfif:source_date>")).toBeLessThan(xml.indexOf("<pfif:full_name>"));
    expect(xml).not.toContain("\u0000");
    const back = parsePfif(xml);
    expect(back.persons[0]!.person).toEqual(person);
    expect(back.persons[0]!.notes[0]!.note).toEqual({ ...note, text: "Reported missing." });
    const notesXml = writeNotesDocument([note]);
    expect(parsePfif(notesXml).notes[0]!.note.person_record_id).toBe(person.person_record_id);
  });
});

describe("field rules", () => {
  it("reports missing required fields and malformed values, and passes a good record", () => {
    expect(
      personProblems({
        person_record_id: "x",
        full_name: "",
        sex: "f",
        age: "9-3",
        date_of_birth: "2010-02-30",
      }),
    ).toEqual([
      { field: "source_date", reason: "required" },
      { field: "full_name", reason: "required" },
      { field: "person_record_id", reason: "recordId" },
      { field: "date_of_birth", reason: "birthDate" },
      { field: "age", reason: "age" },
      { field: "sex", reason: "sex" },
    ]);
    expect(
      personProblems({
        person_record_id: "a.org/1",
        full_name: "A",
        source_date: "2026-01-01T00:00:00Z",
        age: "14-16",
      }),
    ).toEqual([]);
    expect(
      noteProblems({
        note_record_id: "a.org/n",
        person_record_id: "a.org/1",
        author_name: "A",
        source_date: "2026-13-01T00:00:00Z",
        text: "t",
        status: "dead",
      }),
    ).toEqual([
      { field: "source_date", reason: "date" },
      { field: "status", reason: "status" },
    ]);
  });

  it("dates are whole-second UTC and impossible dates are refused", () => {
    expect(pfifDate(new Date("2026-12-01T10:11:12.345Z"))).toBe("2026-12-01T10:11:12Z");
    expect(parsePfifDate("2026-02-30T00:00:00Z")).toBeNull();
    expect(parsePfifDate("2026-02-28 00:00:00")).toBeNull();
    expect(parsePfifDate("2026-02-28T00:00:00Z")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });
});
