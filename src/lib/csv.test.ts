import { describe, expect, it } from "vitest";
import { checkAttendeeCsv, detectDelimiter } from "@/features/training/attendee-csv";
import { csvCell, toCsv } from "./csv";

const REGIONS = [
  { id: "r-cayo", code: "BZ-CY", name: "Cayo" },
  { id: "r-sp", code: "BZ-SP", name: "San Pedro" },
];

describe("csvCell", () => {
  it("neutralises formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
  });
  it("leaves numbers and plain text alone and quotes separators", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("Cayo")).toBe("Cayo");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell(null)).toBe("");
  });
  it("builds CRLF rows with a BOM", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe("\uFEFFa,1\r\nb,2\r\n");
  });
});

describe("checkAttendeeCsv", () => {
  it("accepts good rows, matches regions by code or name, skips registered emails", () => {
    const csv = [
      "Name,Rank/Position,Unit/Organization,Region,Email",
      "Ana Pop,Constable,Cayo Station,bz-cy,ANA@EXAMPLE.ORG",
      "Luis Coc,Corporal,,san pedro,",
      "Rosa Cal,,,Cayo,rosa@example.org",
    ].join("\n");
    const r = checkAttendeeCsv(csv, REGIONS, new Set(["rosa@example.org"]));
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 2,
        name: "Ana Pop",
        rank: "Constable",
        unit: "Cayo Station",
        regionId: "r-cayo",
        email: "ana@example.org",
      },
      { line: 3, name: "Luis Coc", rank: "Corporal", unit: null, regionId: "r-sp", email: null },
    ]);
    expect(r.skipped).toEqual([{ line: 4, email: "rosa@example.org" }]);
  });

  it("reports every bad row with its line and field", () => {
    const csv = [
      "nombre,correo,región",
      "A,bad-email,Cayo",
      "Juan Ché,juan@example.org,Atlantis",
      "Eva Tut,juan@example.org,",
    ].join("\n");
    const r = checkAttendeeCsv(csv, REGIONS, new Set());
    expect(r.errors).toEqual([
      { line: 2, field: "name", key: "training:validation.tooShort" },
      { line: 2, field: "email", key: "training:validation.invalidEmail" },
      { line: 3, field: "region", key: "training:import.unknownRegion" },
    ]);
    // A row with errors is not imported, so its email does not count as taken (line 4 is fine).
    const again = checkAttendeeCsv(
      "name,email\nEva Tut,eva@example.org\nEva T.,EVA@example.org\n",
      REGIONS,
      new Set(),
    );
    expect(again.errors).toEqual([{ line: 3, field: "email", key: "training:import.duplicateInFile" }]);
  });

  it("refuses unknown columns, a missing name column, ragged rows and empty files", () => {
    expect(checkAttendeeCsv("name,shoe size\nAna,40", REGIONS, new Set()).errors).toEqual([
      { line: 1, field: "shoe size", key: "training:import.unknownColumn" },
    ]);
    expect(checkAttendeeCsv("email\na@b.org", REGIONS, new Set()).errors[0]!.key).toBe(
      "training:import.missingNameColumn",
    );
    expect(checkAttendeeCsv('name,email\n"Ana,x', REGIONS, new Set()).errors[0]!.key).toBe(
      "training:import.unreadable",
    );
    expect(checkAttendeeCsv("name,email\n", REGIONS, new Set()).errors[0]!.key).toBe("training:import.empty");
  });
});

describe("spreadsheet exports in the UI languages", () => {
  it("reads a Spanish Excel export: semicolons, the form's Spanish labels, commas inside cells", () => {
    const csv = [
      "\uFEFFNombre;Grado o cargo;Unidad u organización;Región;Correo electrónico",
      "Pop, Ana;Agente;Estación Cayo;Cayo;ana@example.org",
      '"Coc; Luis";Cabo;;San Pedro;',
    ].join("\r\n");
    const r = checkAttendeeCsv(csv, REGIONS, new Set());
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.rank, x.unit, x.regionId, x.email])).toEqual([
      ["Pop, Ana", "Agente", "Estación Cayo", "r-cayo", "ana@example.org"],
      ["Coc; Luis", "Cabo", null, "r-sp", null],
    ]);
  });

  it("accepts the labels of every UI language and hand-written French and Portuguese headers", () => {
    for (const header of [
      "Nom;Grade ou fonction;Unité ou organisation;Région;Courriel",
      "Nome;Posto ou cargo;Unidade ou organização;Região;E-mail",
      "Non,Grad oswa pòs,Inite oswa òganizasyon,Rejyon,Imèl",
      "Suti;Kamay utaq llamk'ay;Unidad utaq organización;Suyu;Correo electrónico",
      "Téra;Tenda térã tembiapo;Unidad térã atyguasu;Tetãvore;Ñanduti veve",
      "nom complet\tgrade\tunite\tdistrict\tcourriel",
    ]) {
      const sep = detectDelimiter(header);
      const r = checkAttendeeCsv(`${header}\nAna Pop${sep}Agent${sep}${sep}Cayo${sep}`, REGIONS, new Set());
      expect({ header, errors: r.errors }).toEqual({ header, errors: [] });
      expect(r.rows[0]).toMatchObject({ name: "Ana Pop", rank: "Agent", regionId: "r-cayo" });
    }
  });

  it("picks the separator from the header line, ignoring quoted text", () => {
    expect(detectDelimiter("Name,Rank,Region")).toBe(",");
    expect(detectDelimiter("Nombre;Cargo;Región")).toBe(";");
    expect(detectDelimiter('"Name, full";Rank;Region')).toBe(";");
    expect(detectDelimiter("Name\tRank")).toBe("\t");
    expect(detectDelimiter("Name")).toBe(",");
  });
});
