import { describe, expect, it } from "vitest";
import { getT } from "@/i18n/server";
import { createTranslate } from "@/i18n/translate";
import { loadResources } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";
import { API_SCOPES, scopeLabelKey } from "@/server/api-scopes";

// The token list (server, i18next) and the token form (client translate) name each scope in
// words. A scope has a colon, which i18next reads as a namespace separator: with the raw scope
// in the key the list printed "tokens.scope.cases.read".
describe("API token scope labels", () => {
  for (const locale of LOCALES) {
    it(`are words in ${locale}, on the server and in the form`, async () => {
      const t = await getT(locale, ["partners"]);
      const client = createTranslate(locale, await loadResources(locale, ["partners"]), ["partners"]);
      for (const scope of API_SCOPES) {
        for (const label of [t(scopeLabelKey(scope)), client(scopeLabelKey(scope))]) {
          expect(label, `${locale} ${scope}`).not.toMatch(/tokens\.scope|^[\w.]+:\w+$|_/);
          expect(label.length, `${locale} ${scope}`).toBeGreaterThan(3);
        }
      }
    });
  }
});
