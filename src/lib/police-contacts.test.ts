import { describe, expect, it } from "vitest";
import esCommon from "../../locales/es/common.json";
import enCommon from "../../locales/en/common.json";
import { createTranslate } from "@/i18n/translate";
import { COUNTRIES } from "@/lib/reference/countries";
import {
  POLICE_CONTACTS,
  formatOpeningHours,
  policeContactForCase,
  policeContactForCountry,
  type OpeningHours,
} from "./police-contacts";

const tEs = createTranslate("es", { common: esCommon } as never, ["common"]);
const tEn = createTranslate("en", { common: enCommon } as never, ["common"]);
const office: OpeningHours = [
  { from: 1, to: 5, opens: "08:00", closes: "16:30" },
  { from: 6, to: 6, opens: "09:00", closes: "12:00" },
];

describe("police contacts", () => {
  it("every network country has a line with a phone and its hours", () => {
    for (const c of COUNTRIES) {
      const contact = POLICE_CONTACTS[c.code];
      expect(contact.phone, c.code).toMatch(/^\d{3,}$/);
      expect(contact.hours, c.code).toBeDefined();
    }
    expect(policeContactForCase("BO-2026-000011")?.phone).toBe("110");
    expect(policeContactForCountry("XX")).toBeUndefined();
  });

  it("reads the hours in the reader's language", () => {
    expect(formatOpeningHours("always", "es", tEs)).toBe("abierto las 24 horas, todos los días");
    expect(formatOpeningHours("always", "en", tEn)).toBe("open 24 hours, every day");
    expect(formatOpeningHours(office, "es", tEs)).toBe("lun–vie 8:00–16:30; sáb 9:00–12:00");
    expect(formatOpeningHours(office, "en", tEn)).toBe("Mon–Fri 8:00 AM–4:30 PM; Sat 9:00 AM–12:00 PM");
  });

  it("uses the intl fallback locale of languages without CLDR data (ht reads French days)", () => {
    const tHt = (key: string, o?: Record<string, unknown>) => (o ? `${o.days} ${o.opens}-${o.closes}` : key);
    expect(formatOpeningHours(office.slice(0, 1), "ht", tHt)).toBe("lun.–ven. 8:00-16:30");
  });
});
