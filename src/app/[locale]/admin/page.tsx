import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable } from "@/features/admin/components/users-table";
import { listUsers } from "@/features/admin/users-data";
import { RematchPanel } from "@/features/matching/components/rematch-panel";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:title"), robots: { index: false } };
}

export default async function AdminUsersPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin", "user:manage");
  const [t, users] = await Promise.all([getT(locale, ["admin", "matches", "common"]), listUsers(viewer)]);
  const rematch = (await props.searchParams).rematch;
  return (
    <div className="stack">
      <h1>{t("admin:title")}</h1>
      <p>
        {viewer.isSuperAdmin
          ? t("admin:scopeAll")
          : t("admin:scopeCountry", { country: t(`common:countries.${viewer.countryCode}`) })}
      </p>
      <h2>{t("admin:users.title")}</h2>
      <p>
        <Link className="button" href={`/${locale}/admin/users/new`}>
          {t("admin:users.new")}
        </Link>
      </p>
      <UsersTable users={users} locale={locale} t={t} />
      {viewer.isSuperAdmin ? (
        <RematchPanel t={t} locale={locale} outcome={typeof rematch === "string" ? rematch : undefined} />
      ) : null}
    </div>
  );
}
