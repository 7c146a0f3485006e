import { describe, expect, it } from "vitest";
import { checkAttendeeCsv } from "./attendee-csv";
import { csvCell, toCsv } from "./csv-export";

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
