import { describe, expect, it } from "vitest";
import { placementInReadingOrder } from "./organizations-data";

describe("placementInReadingOrder", () => {
  it("sorts regions and organisations by the language, not by code point", () => {
    const t = (key: string) =>
      ({ "common:countries.PE": "Perú", "common:countries.BO": "Bolivia" })[key] ?? key;
    const sorted = placementInReadingOrder(
      {
        countries: ["PE", "BO"],
        regions: [
          { id: "1", name: "Ñuble", countryCode: "CL" },
          { id: "2", name: "Áncash", countryCode: "PE" },
          { id: "3", name: "Nuble", countryCode: "CL" },
          { id: "4", name: "Zamora Chinchipe", countryCode: "EC" },
        ],
        organizations: [
          { id: "a", name: "Órgano Judicial", countryCode: "BO" },
          { id: "b", name: "Policía", countryCode: "BO" },
        ],
      },
      "es",
      t,
    );
    expect(sorted.countries).toEqual(["BO", "PE"]);
    expect(sorted.regions.map((r) => r.name)).toEqual(["Áncash", "Nuble", "Ñuble", "Zamora Chinchipe"]);
    expect(sorted.organizations.map((o) => o.name)).toEqual(["Órgano Judicial", "Policía"]);
  });
});
