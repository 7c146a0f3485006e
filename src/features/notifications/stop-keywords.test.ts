import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/settings";
import { loadResources } from "@/i18n/resources";
import { keywordForm, replyKeyword } from "./stop-keywords";

describe("SMS reply keywords (decisions 157, 168)", () => {
  it("no word means both stop and start, in any two languages", async () => {
    const stop = new Set<string>();
    const start = new Set<string>();
    for (const locale of LOCALES) {
      const sms = (
        (await loadResources(locale, ["notifications"])).notifications as {
          sms: { stopKeywords: string; startKeywords: string };
        }
      ).sms;
      for (const w of sms.stopKeywords.split(",")) stop.add(keywordForm(w));
      for (const w of sms.startKeywords.split(",")) start.add(keywordForm(w));
    }
    expect(start.size).toBeGreaterThan(8);
    expect([...start].filter((w) => stop.has(w))).toEqual([]);
  });

  it("reads a whole reply only, as people write it", async () => {
    expect(await replyKeyword("¡Alto!")).toBe("stop");
    expect(await replyKeyword(" alta ")).toBe("start");
    expect(await replyKeyword("Inicio.")).toBe("start");
    expect(await replyKeyword("START")).toBe("start");
    expect(await replyKeyword("empezar a buscar")).toBeNull();
    expect(await replyKeyword("")).toBeNull();
  });
});
