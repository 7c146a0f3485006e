import type { Locale } from "@/i18n/settings";
import es from "../../../locales/es/common.json";
import en from "../../../locales/en/common.json";
import pt from "../../../locales/pt/common.json";
import fr from "../../../locales/fr/common.json";
import ht from "../../../locales/ht/common.json";
import qu from "../../../locales/qu/common.json";
import ay from "../../../locales/ay/common.json";
import gn from "../../../locales/gn/common.json";

type ErrorStrings = { title: string; text: string; retry: string; reference: string };

// Only the "error" object of each common.json is kept, so the client bundle carries a few lines.
export const ERROR_MESSAGES: Record<Locale, ErrorStrings> = {
  es: es.error,
  en: en.error,
  pt: pt.error,
  fr: fr.error,
  ht: ht.error,
  qu: qu.error,
  ay: ay.error,
  gn: gn.error,
};
