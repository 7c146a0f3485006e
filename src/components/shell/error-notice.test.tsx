import { renderToStaticMarkup } from "react-dom/server";
import { PathnameContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { LOCALES } from "@/i18n/settings";
import { ERROR_MESSAGES } from "./error-messages";
import { ErrorNotice } from "./error-notice";

const noop = () => {};
// React escapes the apostrophes of the Aymara and Quechua labels in markup.
const escaped = (s: string) => s.replace(/'/g, "&#x27;");

describe("the error page's reference", () => {
  it("shows the digest after the translated label, in every locale", () => {
    for (const locale of LOCALES) {
      const html = renderToStaticMarkup(<ErrorNotice locale={locale} digest="2817465093" reset={noop} />);
      const label = escaped(ERROR_MESSAGES[locale].reference);
      expect(label, locale).toMatch(/\S/);
      expect(html, locale).toContain(`${label}: <code>2817465093</code>`);
    }
  });

  it("shows no reference line without a digest", () => {
    const html = renderToStaticMarkup(<ErrorNotice locale="en" reset={noop} />);
    expect(html).not.toContain("<code>");
    expect(html).toContain("Something went wrong");
  });

  it("a failed root layout gets a whole document in the address's language, with the reference", () => {
    const error = Object.assign(new Error("x"), { digest: "a1b2c3d4" });
    const html = renderToStaticMarkup(
      <PathnameContext.Provider value="/qu/cases/BO-2026-000017">
        <GlobalError error={error} reset={noop} />
      </PathnameContext.Provider>,
    );
    expect(html).toMatch(/^<html lang="qu">/);
    expect(html).toContain(`${escaped(ERROR_MESSAGES.qu.reference)}: <code>a1b2c3d4</code>`);
  });
});
