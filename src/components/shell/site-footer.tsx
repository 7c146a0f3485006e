import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getT(locale, ["common", "partners"]);
  return (
    <footer className="site-footer">
      <p>{t("common:footer.about")}</p>
      <p>{t("common:footer.emergency")}</p>
      <p>
        <a href={`/${locale}/developers`}>{t("partners:docs.footerLink")}</a>
      </p>
    </footer>
  );
}
