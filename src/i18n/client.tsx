"use client";
import { createInstance, type i18n as I18n } from "i18next";
import { useState, type ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import type { Resources } from "./resources";
import type { Locale, Namespace } from "./settings";

/**
 * Gives client components the translations the server picked for them (only the namespaces a
 * page needs are serialized, so public pages stay light).
 */
export function I18nProvider(props: { locale: Locale; resources: Resources; children: ReactNode }) {
  const [i18n] = useState<I18n>(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: props.locale,
      resources: { [props.locale]: props.resources },
      ns: Object.keys(props.resources),
      defaultNS: Object.keys(props.resources)[0],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return instance;
  });
  return <I18nextProvider i18n={i18n}>{props.children}</I18nextProvider>;
}

export function useT(ns: Namespace | Namespace[] = "common") {
  return useTranslation(ns).t;
}
