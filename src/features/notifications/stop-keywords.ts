// Which replies to our SMS mean "stop" (decision 157). Each language lists its words in
// locales/<lng>/notifications.json (sms.stopKeywords); a reply in any of the 8 languages counts,
// because a family may answer in Spanish to a message sent in Quechua. Only a reply that is the
// keyword alone counts ("Stop", "¡Alto!", "arrêt"): "no paren de buscar" must not opt anyone out.
import "server-only";
import { loadResources } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";

/** Upper case, accents and punctuation dropped: "Arrêt!" -> "ARRET", "sayt'aña" -> "SAYTANA". */
export function keywordForm(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

let cached: Promise<Set<string>> | undefined;

async function loadKeywords(): Promise<Set<string>> {
  const words = new Set<string>();
  for (const locale of LOCALES) {
    const ns = (await loadResources(locale, ["notifications"])).notifications as
      { sms?: { stopKeywords?: string } } | undefined;
    for (const w of (ns?.sms?.stopKeywords ?? "").split(",")) {
      const k = keywordForm(w);
      if (k) words.add(k);
    }
  }
  return words;
}

export async function isStopKeyword(body: string): Promise<boolean> {
  const k = keywordForm(body);
  if (!k || k.length > 20) return false;
  cached ??= loadKeywords();
  return (await cached).has(k);
}
