import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { setUserDisabledAction } from "@/features/admin/actions";
import { SetPasswordForm } from "@/features/admin/components/set-password-form";
import { UserForm } from "@/features/admin/components/user-form";
import { getPlacementOptions, placementInReadingOrder } from "@/features/admin/organizations-data";
import { getUserForAdmin } from "@/features/admin/users-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { NotFoundError } from "@/server/errors";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:user.title"), robots: { index: false } };
}

export default async function AdminUserPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, `/admin/users/${id}`, "user:manage");
  // Out of scope or missing: the same not-found page.
  const [t, user, placement, resources] = await Promise.all([
    getT(locale, ["admin"]),
    getUserForAdmin(viewer, id).catch((err: unknown) => {
      if (err instanceof NotFoundError) notFound();
      throw err;
    }),
    getPlacementOptions(viewer),
    loadResources(locale, ["admin", "auth", "common"]),
  ]);
  const options = placementInReadingOrder(placement, locale, t);
  const self = user.id === viewer.id;
  const values = {
    name: user.name,
    role: user.role,
    countryCode: user.countryCode,
    regionId: user.regionId ?? "",
    organizationId: user.organizationId ?? "",
  };
  return (
    <div className="stack">
      <h1>{user.name}</h1>
      <p>
        {user.email} · {user.disabledAt ? t("admin:users.disabled") : t("admin:users.active")}
      </p>
      {(await props.searchParams).saved ? <Alert kind="success">{t("admin:form.saved")}</Alert> : null}
      {self ? (
        <Alert>{t("admin:user.self")}</Alert>
      ) : (
        <I18nProvider locale={locale} resources={resources}>
          <section aria-labelledby="user-edit" className="stack">
            <h2 id="user-edit">{t("admin:user.edit")}</h2>
            <UserForm locale={locale} options={options} user={{ id: user.id, values }} />
          </section>
          <section aria-labelledby="user-access" className="stack">
            <h2 id="user-access">{t("admin:user.access")}</h2>
            <p>{user.disabledAt ? t("admin:user.enableText") : t("admin:user.disableText")}</p>
            <form action={setUserDisabledAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={user.id} />
              <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
              <button type="submit" className={user.disabledAt ? "button" : "button button--danger"}>
                {user.disabledAt ? t("admin:user.enable") : t("admin:user.disable")}
              </button>
            </form>
          </section>
          <section aria-labelledby="user-password" className="stack">
            <h2 id="user-password">{t("admin:user.passwordTitle")}</h2>
            <SetPasswordForm locale={locale} userId={user.id} />
          </section>
        </I18nProvider>
      )}
    </div>
  );
}
