import { headers } from "next/headers";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/settings";

/** A plain-HTML disclosure: works without JavaScript and keeps the current path. */
export async function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const path = (await headers()).get("x-pathname") ?? `/${locale}`;
  const rest = path.split("/").slice(2).join("/");
  return (
    <details className="lang-switcher">
      <summary>
        <span className="visually-hidden">{label}: </span>
        {LOCALE_NAMES[locale]}
      </summary>
      <ul aria-label={label}>
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${rest ? `/${rest}` : ""}`}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? "true" : undefined}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
