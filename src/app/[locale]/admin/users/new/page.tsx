import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { UserForm } from "@/features/admin/components/user-form";
import { getPlacementOptions, placementInReadingOrder } from "@/features/admin/organizations-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:users.new"), robots: { index: false } };
}

export default async function NewUserPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/users/new", "user:manage");
  const [t, placement, resources] = await Promise.all([
    getT(locale, ["admin"]),
    getPlacementOptions(viewer),
    loadResources(locale, ["admin", "auth", "common"]),
  ]);
  const options = placementInReadingOrder(placement, locale, t);
  return (
    <div className="stack">
      <h1>{t("admin:users.new")}</h1>
      <p>{t("admin:users.newIntro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <UserForm locale={locale} options={options} />
      </I18nProvider>
    </div>
  );
}
