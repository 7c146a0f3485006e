import { describe, expect, it } from "vitest";
import { ageOn, countriesNamedIn, crossBorderAlerts } from "./cross-border";

const base = {
  country: "BZ",
  neighbours: ["GT"],
  ageAtLastSeen: 15,
  riskIndicators: [],
  circumstances: "No volvió de la escuela.",
};
const codes = (f: Parameters<typeof crossBorderAlerts>[0]) =>
  crossBorderAlerts(f)
    .map((a) => a.countryCode)
    .sort();

describe("cross-border alerts", () => {
  it("a minor in Belize alerts Guatemala's police (the only participating neighbour)", () => {
    expect(crossBorderAlerts(base)).toEqual([{ countryCode: "GT", reasons: ["MINOR", "BORDER"] }]);
  });

  it("an adult with trafficking indicators in Bolivia alerts Chile and Peru", () => {
    expect(
      codes({
        ...base,
        country: "BO",
        neighbours: ["CL", "PE"],
        ageAtLastSeen: 30,
        riskIndicators: ["JOB_OFFER_ABROAD"],
      }),
    ).toEqual(["CL", "PE"]);
  });

  it("an adult without indicators alerts nobody, whatever the circumstances name", () => {
    expect(crossBorderAlerts({ ...base, ageAtLastSeen: 30, circumstances: "Se fue a Lima" })).toEqual([]);
    expect(crossBorderAlerts({ ...base, ageAtLastSeen: null })).toEqual([]);
  });

  it("alerts exactly the neighbours it is given (the table, which admins edit)", () => {
    expect(codes({ ...base, neighbours: [] })).toEqual([]);
    expect(codes({ ...base, neighbours: ["GT", "CR"] })).toEqual(["CR", "GT"]);
  });

  it("adds a participating country named in the circumstances, never the claim's own", () => {
    const a = crossBorderAlerts({
      ...base,
      circumstances: "Dijo que se iba a trabajar a LIMA con un primo; vive en Belize City.",
    });
    expect(a).toEqual([
      { countryCode: "GT", reasons: ["MINOR", "BORDER"] },
      { countryCode: "PE", reasons: ["MINOR", "PLACE"] },
    ]);
  });

  it("finds place names by whole words, accents and case ignored", () => {
    expect(countriesNamedIn("went to work in Perú")).toEqual(["PE"]);
    expect(countriesNamedIn("Calle Limantour, Santa Cruz")).toEqual([]);
    expect(countriesNamedIn("managua y quito")).toEqual(["EC", "NI"]);
  });

  it("ages from the date of birth on the last-seen day, else the approximate age", () => {
    const seen = new Date("2026-10-02T12:00:00Z");
    expect(ageOn("2009-03-14", undefined, seen)).toBe(17);
    expect(ageOn("2008-10-03", undefined, seen)).toBe(17);
    expect(ageOn("2008-10-02", undefined, seen)).toBe(18);
    expect(ageOn(undefined, 12, seen)).toBe(12);
    expect(ageOn(undefined, undefined, seen)).toBeNull();
  });
});
