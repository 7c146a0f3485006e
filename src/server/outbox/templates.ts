// Message templates live in locales/<lng>/notifications.json (all 8 languages). A message row
// names its template and carries only the case number (and a check-in's row id); links are added
// here, at send time.
import "server-only";
import { createTranslate } from "@/i18n/translate";
import { loadResources } from "@/i18n/resources";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { mailConfig } from "../mail/config";
import { signCheckIn } from "./check-in-token";
import { signUnsubscribe, type UnsubscribeChannel } from "./unsubscribe-token";

export const FAMILY_TEMPLATES = [
  "family.verified",
  "family.infoRequested",
  "family.locatedAlive",
  // A located adult's record was sealed (decision 154): located and safe, never where or with whom.
  "family.locatedSafe",
  "family.contactPolice",
  "family.closed",
  // The unit decided the family's own request to take the public page down (decision 150).
  "family.removalKept",
  "family.removalRestored",
  // "Still missing?" at 14, 60 and 180 days (decision 142); its params carry the CheckIn id.
  "family.checkIn",
  // The one answer to a family's STOP reply (decision 157): SMS only, sent after SMS went off.
  "family.smsStopped",
  // The answer to START after a STOP (decision 168): SMS only, with how to stop again.
  "family.smsStarted",
] as const;
// Staff messages (no case): the daily digest of what is waiting in the inbox (decision 152).
// A cross-border alert, a request from another country or a proposed match in a staff member's
// inbox, for those who turned alert emails on (decision 160).
export const STAFF_TEMPLATES = ["staff.digest", "staff.alert"] as const;
export type TemplateName = (typeof FAMILY_TEMPLATES)[number] | (typeof STAFF_TEMPLATES)[number];

export function isTemplateName(v: string): v is TemplateName {
  return ([...FAMILY_TEMPLATES, ...STAFF_TEMPLATES] as readonly string[]).includes(v);
}

/** What a staff digest counts, in the recipient's scope, for the UTC day it is about. */
export type DigestCounts = {
  newClaims: number;
  matches: number;
  checkIns: number;
};

export interface MessageParams {
  /** Family messages: the case the news is about (staff messages have none). */
  caseNumber?: string;
  /** family.checkIn only: the CheckIn row its signed answer link names. */
  checkInId?: string;
  /** staff.digest only: the day and the counts. */
  day?: string;
  digest?: DigestCounts;
  /** staff.alert only: the inbox item, its kind and the country it comes from. */
  itemId?: string;
  itemKind?: "ALERT" | "REQUEST" | "MATCH";
  fromCountry?: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  language: string;
  unsubscribeUrl: string;
  /** RFC 8058 one-click target for the List-Unsubscribe header (POST). */
  oneClickUrl: string;
}

export async function renderFamilyEmail(
  template: TemplateName,
  localeInput: string,
  params: MessageParams,
  caseId: string,
): Promise<RenderedEmail> {
  const locale = isLocale(localeInput) ? localeInput : DEFAULT_LOCALE;
  const [resources, fallback] = await Promise.all([
    loadResources(locale, ["notifications"]),
    loadResources(DEFAULT_LOCALE, ["notifications"]),
  ]);
  const t = createTranslate(locale, resources, ["notifications"]);
  const tf = createTranslate(DEFAULT_LOCALE, fallback, ["notifications"]);
  const tr = (key: string, o: Record<string, string>) => {
    const s = t(key, o);
    return s === key ? tf(key, o) : s;
  };
  const { publicUrl } = mailConfig();
  const trackUrl = `${publicUrl}/${locale}/track`;
  const token = signUnsubscribe(caseId, "EMAIL");
  const unsubscribeUrl = `${publicUrl}/${locale}/unsubscribe/${token}`;
  const oneClickUrl = `${publicUrl}/api/unsubscribe/${token}`;
  const checkInUrl = checkInLink(locale, params, "EMAIL") ?? "";
  const vars = { caseNumber: params.caseNumber ?? "", trackUrl, unsubscribeUrl, checkInUrl };
  const text = [
    tr("email.greeting", vars),
    "",
    tr(`${template}.body`, vars),
    "",
    tr("email.noReply", vars),
    "",
    "-- ",
    tr("email.footer", vars),
  ].join("\n");
  return { subject: tr(`${template}.subject`, vars), text, language: locale, unsubscribeUrl, oneClickUrl };
}

/** The signed answer page of a check-in, for the channel the message goes by. */
function checkInLink(locale: string, params: MessageParams, channel: UnsubscribeChannel): string | null {
  if (!params.checkInId) return null;
  return `${mailConfig().publicUrl}/${locale}/check-in/${signCheckIn(params.checkInId, channel)}`;
}

/**
 * The SMS version: the subject line (the news, no case details), the track page and the signed
 * withdrawal link; kept to a few parts because Spanish usually makes it UCS-2 (decision 140).
 */
export async function renderFamilySms(
  template: TemplateName,
  localeInput: string,
  params: MessageParams,
  caseId: string,
): Promise<{ text: string; language: string }> {
  const locale = isLocale(localeInput) ? localeInput : DEFAULT_LOCALE;
  const { publicUrl } = mailConfig();
  if (template === "family.smsStopped" || template === "family.smsStarted") {
    const t = createTranslate(locale, await loadResources(locale, ["notifications"]), ["notifications"]);
    const vars = { caseNumber: params.caseNumber ?? "", trackUrl: `${publicUrl}/${locale}/track` };
    // A reply's answer: no STOP link (stopped: nothing left to stop; started: "reply STOP" says how).
    return { text: t(`${template}.sms`, vars), language: locale };
  }
  const email = await renderFamilyEmail(template, locale, params, caseId);
  const stop = `${publicUrl}/${locale}/unsubscribe/${signUnsubscribe(caseId, "SMS")}`;
  // A check-in links to its own answer page (signed for SMS), everything else to the track page.
  const link = checkInLink(locale, params, "SMS") ?? `${publicUrl}/${locale}/track`;
  return { text: `${email.subject}: ${link}\nSTOP: ${stop}`, language: locale };
}
