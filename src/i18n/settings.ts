// Languages of the network's awareness work: Spanish (default), English, Portuguese, French,
// Haitian Creole, Quechua, Aymara and Guarani.
export const LOCALES = ["es", "en", "pt", "fr", "ht", "qu", "ay", "gn"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es";

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  es: "Español",
  en: "English",
  pt: "Português",
  fr: "Français",
  ht: "Kreyòl ayisyen",
  qu: "Runa Simi",
  ay: "Aymar aru",
  gn: "Avañe'ẽ",
};

export const NAMESPACES = [
  "common",
  "home",
  "validation",
  "intake",
  "track",
  "auth",
  "admin",
  "cases",
  "training",
  "bulletin",
  "stats",
  "found",
  "partners",
  "matches",
  "receipt",
  "notifications",
  "inbox",
  "checkins",
  "retention",
  "removal",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header, else the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
