import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./settings";

/** Resolves a page's `{ locale }` param, or renders not-found for an unknown language. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
