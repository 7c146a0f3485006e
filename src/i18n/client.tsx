"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Resources } from "./resources";
import type { Locale, Namespace } from "./settings";
import { createTranslate, type Translate } from "./translate";

interface I18nContextValue {
  locale: Locale;
  resources: Resources;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/**
 * Gives client components the translations the server picked for them (only the namespaces a
 * page needs are serialized, so public pages stay light). No i18next in the browser: see
 * translate.ts.
 */
export function I18nProvider(props: { locale: Locale; resources: Resources; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale: props.locale, resources: props.resources }),
    [props.locale, props.resources],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useT(ns: Namespace | Namespace[] = "common"): Translate {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useT needs an I18nProvider above it");
  const key = Array.isArray(ns) ? ns.join(",") : ns;
  // The namespace list is a literal at each call site; its joined form is a stable dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => createTranslate(ctx.locale, ctx.resources, Array.isArray(ns) ? ns : [ns]), [ctx, key]);
}

/** The language of the page, for Intl formats and collation in client components (intl.ts). */
export function useLocale(): Locale {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useLocale needs an I18nProvider above it");
  return ctx.locale;
}
