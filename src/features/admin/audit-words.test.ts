import { describe, expect, it } from "vitest";
import { createTranslate } from "@/i18n/translate";
import en from "../../../locales/en/admin.json";
import es from "../../../locales/es/admin.json";
import { accessActionWords, auditActionWords, changeLines } from "./audit-words";

const tEn = createTranslate("en", { admin: en } as never, ["admin"]);
const tEs = createTranslate("es", { admin: es } as never, ["admin"]);

describe("log codes in words", () => {
  it("names every access the app writes, never the raw code", () => {
    for (const code of [
      "VIEW",
      "PRINT",
      "REASON",
      "MATCH_VIEW",
      "PFIF_EXPORT",
      "PHOTO_THUMB",
      "PHOTO_FULL",
      "MERGE",
      "UNMERGE",
      "accessLog.view",
    ]) {
      const words = accessActionWords(tEn, code);
      expect(words).not.toContain(code);
      expect(words).not.toMatch(/^admin:|Other/);
    }
    expect(accessActionWords(tEs, "VIEW")).toBe("Abrió el caso");
  });

  it("shows an unknown or odd code as 'Other (CODE)'", () => {
    expect(accessActionWords(tEn, "NEW_KIND")).toBe("Other (NEW_KIND)");
    expect(auditActionWords(tEn, "../x")).toBe("Other (../x)");
    expect(auditActionWords(tEn, "user.update")).toBe("Changed a user");
  });

  it("names the seal changes the cases feature writes to the trail", () => {
    expect(auditActionWords(tEn, "case.seal")).toBe("Sealed a located adult's record");
    expect(auditActionWords(tEs, "case.unseal")).toBe("Levantó el sello de un registro");
  });

  it("writes changes as field: before → after", () => {
    expect(changeLines({ role: "POLICE" }, { role: "NGO" })).toEqual(["role: POLICE → NGO"]);
    expect(changeLines(null, { name: "Ana", regionId: null })).toEqual(["name: Ana", "regionId: —"]);
    expect(changeLines({ name: "Ana" }, null)).toEqual(["name: Ana → —"]);
  });
});
