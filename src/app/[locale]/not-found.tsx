import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

// not-found receives no params: the locale comes from the path the proxy passed along.
export default async function NotFound() {
  const first = ((await headers()).get("x-pathname") ?? "").split("/")[1];
  const locale = isLocale(first) ? first : DEFAULT_LOCALE;
  const t = await getT(locale, ["common"]);
  return (
    <div className="stack">
      <h1>{t("common:notFound.title")}</h1>
      <p>{t("common:notFound.text")}</p>
      <p>
        <Link href={`/${locale}`}>{t("common:backHome")}</Link>
      </p>
    </div>
  );
}
