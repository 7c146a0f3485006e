import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { readForLayout } from "@/server/layout-read";
import { can } from "@/server/policy";
import { getViewer } from "@/server/session";
import { countUnread, UNREAD_CAP } from "@/features/inbox/data";
import { PracticeBanner } from "@/features/training/components/practice-banner";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ locale }: { locale: Locale }) {
  // Both reads fail soft on a database outage (readForLayout): the header then shows the public
  // links only (the viewer is unknown: neither sign-in nor sign-out) or the inbox link without
  // its count, and the page's own error.tsx reports the outage.
  const [t, read] = await Promise.all([
    getT(locale, ["common", "matches", "inbox"]),
    readForLayout("header viewer", getViewer),
  ]);
  const viewer = read ?? null;
  const inbox = viewer && can(viewer, "inbox:read") && !viewer.practiceSessionId;
  // One capped count per staff page view; the badge says "99+" beyond it.
  const unread = (inbox && (await readForLayout("header unread count", () => countUnread(viewer)))) || 0;
  const unreadText = unread >= UNREAD_CAP ? `${UNREAD_CAP - 1}+` : String(unread);
  const staffLinks = [
    {
      href: "inbox",
      label: unread ? t("inbox:navUnread", { count: unreadText }) : t("inbox:nav"),
      show: !!inbox,
    },
    { href: "cases", label: t("common:nav.cases"), show: can(viewer, "case:search") },
    {
      href: "found",
      label: t("common:nav.found"),
      // Practice logins too: they see only their sandbox's records (foundReadAccess).
      show: can(viewer, "found:search"),
    },
    {
      href: "matches",
      label: t("matches:nav"),
      show: can(viewer, "match:read") && !viewer?.practiceSessionId,
    },
    { href: "training", label: t("common:nav.training"), show: can(viewer, "training:read") },
    { href: "admin", label: t("common:nav.admin"), show: can(viewer, "user:manage") },
    { href: "account", label: t("common:nav.account"), show: !!viewer },
  ].filter((l) => l.show);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href={`/${locale}`} className="brand">
          {t("common:appName")}
        </Link>
        <LanguageSwitcher locale={locale} label={t("common:language")} />
      </div>
      <nav aria-label={t("common:nav.label")} className="site-nav">
        <ul>
          <li>
            <Link href={`/${locale}/report`}>{t("common:nav.report")}</Link>
          </li>
          <li>
            <Link href={`/${locale}/track`}>{t("common:nav.track")}</Link>
          </li>
          <li>
            <Link href={`/${locale}/missing`}>{t("common:nav.missing")}</Link>
          </li>
          <li>
            <Link href={`/${locale}/stats`}>{t("common:nav.stats")}</Link>
          </li>
          {staffLinks.map((l) => (
            <li key={l.href}>
              <Link href={`/${locale}/${l.href}`}>{l.label}</Link>
            </li>
          ))}
          {read === undefined ? null : (
            <li>
              {viewer ? (
                <SignOutButton label={t("common:nav.signOut")} callbackUrl={`/${locale}`} />
              ) : (
                <Link href={`/${locale}/login`}>{t("common:nav.signIn")}</Link>
              )}
            </li>
          )}
        </ul>
      </nav>
      {viewer?.practiceSessionId ? <PracticeBanner locale={locale} /> : null}
    </header>
  );
}
