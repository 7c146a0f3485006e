import { describe, expect, it } from "vitest";
import { POLICE_CONTACTS } from "./police-contacts";
import { parseOpeningHours, unitContact } from "./unit-contact";

describe("parseOpeningHours", () => {
  it("reads 'always' and weekly periods", () => {
    expect(parseOpeningHours(" Always ")).toBe("always");
    expect(parseOpeningHours("1-5 08:00-16:30; 6 09:00-13:00")).toEqual([
      { from: 1, to: 5, opens: "08:00", closes: "16:30" },
      { from: 6, to: 6, opens: "09:00", closes: "13:00" },
    ]);
  });

  it.each([
    "",
    "mon-fri 8-16",
    "1-5 8:00-16:30",
    "5-1 08:00-16:00",
    "1 16:00-08:00",
    "8 08:00-09:00",
    "1 24:00-25:00",
    "1-5 08:00-16:30;",
  ])("refuses %j", (text) => expect(parseOpeningHours(text)).toBeNull());
});

describe("unitContact", () => {
  const unit = {
    name: "Comisaría de Zona Sur",
    contactPhone: "+591 2 2791234",
    contactHours: "1-5 08:00-18:00",
  };

  it("gives the unit's own line and hours", () => {
    expect(unitContact(unit, "BO")).toEqual({
      name: "Comisaría de Zona Sur",
      phone: "+591 2 2791234",
      hours: [{ from: 1, to: 5, opens: "08:00", closes: "18:00" }],
    });
  });

  it("falls back to the national line without a unit, a phone or readable hours", () => {
    expect(unitContact(null, "BO")).toEqual(POLICE_CONTACTS.BO);
    expect(unitContact({ ...unit, contactPhone: null }, "BO")).toEqual(POLICE_CONTACTS.BO);
    expect(unitContact({ ...unit, contactHours: null }, "PE")).toEqual(POLICE_CONTACTS.PE);
    expect(unitContact({ ...unit, contactHours: "whenever" }, "BO")).toEqual(POLICE_CONTACTS.BO);
    expect(unitContact(null, "XX")).toBeUndefined();
  });
});
