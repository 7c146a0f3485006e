import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_MESSAGES } from "../src/components/shell/error-messages";
import { LOCALES } from "../src/i18n/settings";
import { ERROR_MESSAGES_FILE, errorStringsFromLocales, renderErrorMessages } from "./error-messages";

describe("the error pages' generated strings", () => {
  it("are locales/*/common.json's error lines, in all 8 languages", () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...LOCALES].sort());
    expect(ERROR_MESSAGES).toEqual(errorStringsFromLocales());
    for (const locale of LOCALES) expect(ERROR_MESSAGES[locale].reference, locale).toMatch(/\S/);
  });

  it("are what the generator writes (else run npm run gen:error-messages)", () => {
    expect(fs.readFileSync(ERROR_MESSAGES_FILE, "utf8")).toBe(renderErrorMessages());
  });
});
