// The staff digest's email (decision 152), from locales/<lng>/notifications.json in the staff
// member's language: counts only (never a case number, a name or a place), a link to the inbox,
// where the items themselves are read through the reader's scope, and one to the setting that
// turns the digest off.
import "server-only";
import { createTranslate } from "@/i18n/translate";
import { loadResources } from "@/i18n/resources";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { mailConfig } from "../mail/config";
import type { MessageParams, RenderedEmail } from "./templates";

export async function renderStaffDigestEmail(
  localeInput: string,
  params: MessageParams,
): Promise<Omit<RenderedEmail, "oneClickUrl">> {
  const locale = isLocale(localeInput) ? localeInput : DEFAULT_LOCALE;
  const t = createTranslate(locale, await loadResources(locale, ["notifications"]), ["notifications"]);
  const { publicUrl } = mailConfig();
  const counts = params.digest ?? { newClaims: 0, matches: 0, checkIns: 0 };
  const inboxUrl = `${publicUrl}/${locale}/inbox`;
  const settingsUrl = `${publicUrl}/${locale}/account`;
  const text = [
    t("staff.digest.greeting"),
    "",
    t("staff.digest.intro"),
    `- ${t("staff.digest.newClaims", { count: counts.newClaims })}`,
    `- ${t("staff.digest.matches", { count: counts.matches })}`,
    `- ${t("staff.digest.checkIns", { count: counts.checkIns })}`,
    "",
    t("staff.digest.open", { inboxUrl }),
    "",
    "-- ",
    t("staff.digest.footer", { settingsUrl }),
  ].join("\n");
  return { subject: t("staff.digest.subject"), text, language: locale, unsubscribeUrl: settingsUrl };
}

/**
 * A new alert, request or match in the staff member's inbox (decision 160): what kind and from
 * which country, and the inbox link; never the case number, a name or a place — the item is read
 * in the inbox, through the reader's scope, after signing in.
 */
export async function renderStaffAlertEmail(
  localeInput: string,
  params: MessageParams,
): Promise<Omit<RenderedEmail, "oneClickUrl">> {
  const locale = isLocale(localeInput) ? localeInput : DEFAULT_LOCALE;
  const t = createTranslate(locale, await loadResources(locale, ["notifications", "common"]), [
    "notifications",
    "common",
  ]);
  const { publicUrl } = mailConfig();
  const kind = params.itemKind ?? "ALERT";
  const country = params.fromCountry ? t(`common:countries.${params.fromCountry}`) : "";
  const inboxUrl = `${publicUrl}/${locale}/inbox`;
  const settingsUrl = `${publicUrl}/${locale}/account`;
  const intro = country ? t(`staff.alert.${kind}.from`, { country }) : t(`staff.alert.${kind}.intro`);
  const text = [
    t("staff.digest.greeting"),
    "",
    intro,
    "",
    t("staff.alert.open", { inboxUrl }),
    "",
    "-- ",
    t("staff.alert.footer", { settingsUrl }),
  ].join("\n");
  return { subject: t(`staff.alert.${kind}.subject`), text, language: locale, unsubscribeUrl: settingsUrl };
}
