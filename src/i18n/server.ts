import "server-only";
import { createInstance, type TFunction } from "i18next";
import { cache } from "react";
import { loadResources } from "./resources";
import { DEFAULT_LOCALE, type Locale, type Namespace } from "./settings";

/**
 * A translation function for server components, actions and route handlers.
 * Keys are "ns:key" or plain keys of the first namespace. Cached per request.
 */
export const getT = cache(async (locale: Locale, namespaces: readonly Namespace[]) => {
  const all = [...new Set<Namespace>(["common", ...namespaces])];
  const [resources, fallback] = await Promise.all([
    loadResources(locale, all),
    locale === DEFAULT_LOCALE ? null : loadResources(DEFAULT_LOCALE, all),
  ]);
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: all,
    defaultNS: namespaces[0] ?? "common",
    resources: { [locale]: resources, ...(fallback ? { [DEFAULT_LOCALE]: fallback } : {}) },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.getFixedT(locale) as TFunction;
});
