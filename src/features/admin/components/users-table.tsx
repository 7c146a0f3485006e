import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import type { listUsers } from "../users-data";

type Users = Awaited<ReturnType<typeof listUsers>>;

export function UsersTable({ users, locale, t }: { users: Users; locale: Locale; t: TFunction }) {
  if (!users.length) return <p>{t("admin:users.empty")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("admin:users.caption")}>
      <table className="card-table">
        <caption className="visually-hidden">{t("admin:users.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin:form.name")}</th>
            <th scope="col">{t("admin:form.role")}</th>
            <th scope="col">{t("admin:form.country")}</th>
            <th scope="col">{t("admin:form.organization")}</th>
            <th scope="col">{t("admin:users.status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td data-label={t("admin:form.name")}>
                <Link href={`/${locale}/admin/users/${u.id}`}>{u.name}</Link>
                <br />
                <span className="hint">{u.email}</span>
              </td>
              <td data-label={t("admin:form.role")}>
                {u.isSuperAdmin ? t("admin:users.superAdmin") : t(`common:roles.${u.role}`)}
              </td>
              <td data-label={t("admin:form.country")}>
                {t(`common:countries.${u.countryCode}`)}
                {u.region ? ` · ${u.region.name}` : null}
              </td>
              <td data-label={t("admin:form.organization")}>{u.organization?.name ?? "—"}</td>
              <td data-label={t("admin:users.status")}>
                {u.disabledAt ? t("admin:users.disabled") : t("admin:users.active")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
