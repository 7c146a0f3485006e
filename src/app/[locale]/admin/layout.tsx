import Link from "next/link";
import type { ReactNode } from "react";
import styles from "@/features/admin/components/admin.module.css";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

// Only navigation: each page checks the viewer itself (layouts are not re-run on every
// navigation, so they must never be the access check).
export default async function AdminLayout(props: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["admin", "partners", "notifications"]);
  const links = [
    { href: `/${locale}/admin`, label: t("admin:nav.users") },
    { href: `/${locale}/admin/organizations`, label: t("admin:nav.organizations") },
    { href: `/${locale}/admin/access-log`, label: t("admin:nav.accessLog") },
    { href: `/${locale}/admin/audit`, label: t("admin:nav.audit") },
    { href: `/${locale}/admin/retention`, label: t("admin:nav.retention") },
    { href: `/${locale}/admin/tokens`, label: t("partners:nav.tokens") },
    { href: `/${locale}/admin/pfif`, label: t("partners:nav.pfif") },
    { href: `/${locale}/admin/messages`, label: t("notifications:deliveryLog.nav") },
    { href: `/${locale}/admin/neighbours`, label: t("admin:nav.neighbours") },
  ];
  return (
    <div className="stack">
      <nav aria-label={t("admin:nav.label")}>
        <ul className={styles.subnav}>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </div>
  );
}
