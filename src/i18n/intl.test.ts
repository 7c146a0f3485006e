import { describe, expect, it } from "vitest";
import { LOCALES } from "./settings";
import {
  countryDayStart,
  countryTimeZone,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMonth,
  formatPercent,
  formatTimeOfDay,
  formatWeekday,
  INTL_LOCALE,
  sortByLabel,
} from "./intl";

describe("intl", () => {
  it("has an Intl locale for every UI language, and the runtime knows each", () => {
    for (const l of LOCALES) {
      expect(INTL_LOCALE[l]).toBeTruthy();
      expect(Intl.DateTimeFormat.supportedLocalesOf([INTL_LOCALE[l]])).toHaveLength(1);
    }
  });

  it("writes ht, ay and gn dates the way Haiti, Bolivia and Paraguay do", () => {
    const d = new Date("2026-10-02T12:00:00Z");
    expect(formatDate(d, "ht", { style: "long" })).toBe("2 octobre 2026");
    expect(formatDate(d, "ay", { style: "long" })).toBe("2 de octubre de 2026");
    expect(formatDate(d, "gn", { style: "long" })).toBe("2 de octubre de 2026");
  });

  it("shows instants on the country's wall clock, calendar dates without a zone", () => {
    // 03:30 UTC on 3 Oct is still 2 Oct in La Paz (UTC-4) and 21:30 in Guatemala (UTC-6).
    const late = "2026-10-03T03:30:00Z";
    expect(formatDate(late, "es", { country: "BO", style: "long" })).toBe("2 de octubre de 2026");
    expect(formatDateTime(late, "en", { country: "GT" })).toMatch(/Oct 2, 2026.*9:30/);
    expect(formatCalendarDate("2026-10-03T00:00:00Z", "es", "long")).toBe("3 de octubre de 2026");
    expect(countryTimeZone("XX")).toBe("UTC");
  });

  it("formats percentages as the language writes them", () => {
    expect(formatPercent(0.42, "en")).toBe("42%");
    expect(formatPercent(0.42, "fr")).toMatch(/^42\s%$/);
  });

  it("sorts region names by the language's collation, not by code or code point", () => {
    const names = ["Ñuble", "Zamora Chinchipe", "Áncash", "Oruro", "Nuble"];
    expect(sortByLabel(names, "es", (n) => n)).toEqual([
      "Áncash",
      "Nuble",
      "Ñuble",
      "Oruro",
      "Zamora Chinchipe",
    ]);
    expect([...names].sort()[0]).toBe("Nuble"); // code-point order would put "Áncash" after "Zamora"
    expect(sortByLabel(names, "gn", (n) => n).at(-1)).toBe("Zamora Chinchipe");
  });

  it("names chart months in the reader's language", () => {
    expect(formatMonth("2026-02", "es")).toMatch(/^feb/);
    expect(formatMonth("2026-02", "en")).toBe("Feb 2026");
    expect(formatMonth("2026-02", "fr")).toMatch(/^févr/);
    // Languages without CLDR formats read their fallback's months (decision 132), never "2026-02".
    expect(formatMonth("2026-02", "ht")).toMatch(/^févr/);
    expect(formatMonth("2026-02", "ay")).toMatch(/^feb/);
    expect(formatMonth("2026-02", "gn")).toMatch(/^feb/);
    expect(formatMonth("2026-02", "qu")).toMatch(/^Feb 2026$/);
  });

  it("names weekdays and clock times in the reader's language", () => {
    expect(formatWeekday(1, "es")).toBe("lun");
    expect(formatWeekday(7, "en")).toBe("Sun");
    expect(formatWeekday(5, "ht")).toBe("ven.");
    expect(formatTimeOfDay("16:30", "es")).toBe("16:30");
    expect(formatTimeOfDay("16:30", "en")).toMatch(/^4:30\sPM$/);
  });

  it("finds the instant a day begins in a country's zone", () => {
    expect(countryDayStart("BZ", "2026-12-02").toISOString()).toBe("2026-12-02T06:00:00.000Z");
    expect(countryDayStart("BO", "2026-12-02").toISOString()).toBe("2026-12-02T04:00:00.000Z");
    expect(countryDayStart(null, "2026-12-02").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});
