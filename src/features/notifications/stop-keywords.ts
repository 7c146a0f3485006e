// Which replies to our SMS mean "stop" (decision 157) or "start again" (decision 168). Each language lists its words in
// locales/<lng>/notifications.json (sms.stopKeywords, sms.startKeywords); a reply in any of the 8 languages counts,
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

export type ReplyKeyword = "stop" | "start";

let cached: Promise<Map<string, ReplyKeyword>> | undefined;

async function loadKeywords(): Promise<Map<string, ReplyKeyword>> {
  const words = new Map<string, ReplyKeyword>();
  for (const locale of LOCALES) {
    const ns = (await loadResources(locale, ["notifications"])).notifications as
      { sms?: { stopKeywords?: string; startKeywords?: string } } | undefined;
    const lists: [ReplyKeyword, string | undefined][] = [
      ["stop", ns?.sms?.stopKeywords],
      ["start", ns?.sms?.startKeywords],
    ];
    for (const [kind, list] of lists)
      for (const w of (list ?? "").split(",")) {
        const k = keywordForm(w);
        // A word in both lists would make the reply mean whichever loaded last: STOP wins.
        if (k && words.get(k) !== "stop") words.set(k, kind);
      }
  }
  return words;
}

/** "stop", "start" (decision 168: opting in again after a STOP), or null for any other reply. */
export async function replyKeyword(body: string): Promise<ReplyKeyword | null> {
  const k = keywordForm(body);
  if (!k || k.length > 20) return null;
  cached ??= loadKeywords();
  return (await cached).get(k) ?? null;
}
