// npm run gen:error-messages — writes src/components/shell/error-messages.ts, the few lines the
// error pages show (common.json's "error" object, every locale), from locales/.
// The error boundaries are client components and global-error.tsx sits at the root, so whatever
// they import ships on every page: importing common.json itself would bring every string of it
// in eight languages (~10 KB of gzip JavaScript), this module brings four lines each.
// The strings still live in locales/ only: error-messages.test.ts fails when this file is stale.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES } from "../src/i18n/settings";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ERROR_MESSAGES_FILE = path.join(ROOT, "src/components/shell/error-messages.ts");
const KEYS = ["title", "text", "retry", "reference"] as const;

/** Each locale's common.json "error" object, exactly the keys the error pages show. */
export function errorStringsFromLocales(): Record<string, Record<(typeof KEYS)[number], string>> {
  const out: Record<string, Record<(typeof KEYS)[number], string>> = {};
  for (const locale of LOCALES) {
    const common = JSON.parse(fs.readFileSync(path.join(ROOT, "locales", locale, "common.json"), "utf8"));
    const error = common.error ?? {};
    out[locale] = Object.fromEntries(
      KEYS.map((k) => {
        if (typeof error[k] !== "string") throw new Error(`locales/${locale}/common.json: no error.${k}`);
        return [k, error[k]];
      }),
    ) as Record<(typeof KEYS)[number], string>;
  }
  return out;
}

/** The module's text (Prettier's style, so the format check passes on the generated file). */
export function renderErrorMessages(): string {
  const table = errorStringsFromLocales();
  const entries = Object.entries(table)
    .map(
      ([locale, m]) =>
        `  ${locale}: {\n${KEYS.map((k) => `    ${k}: ${JSON.stringify(m[k])},`).join("\n")}\n  },`,
    )
    .join("\n");
  return `// Generated from locales/*/common.json ("error") by \`npm run gen:error-messages\`: do not edit.
// Only these lines reach the client bundle of the error pages (see scripts/error-messages.ts).
import type { Locale } from "@/i18n/settings";

export type ErrorStrings = { title: string; text: string; retry: string; reference: string };

export const ERROR_MESSAGES: Record<Locale, ErrorStrings> = {
${entries}
};
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(ERROR_MESSAGES_FILE, renderErrorMessages());
  console.log(`Wrote ${path.relative(ROOT, ERROR_MESSAGES_FILE)}`);
}
