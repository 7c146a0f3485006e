import Link from "next/link";
import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";
import { notFound } from "next/navigation";

export default async function HomePage(props: { params: Promise<{ locale: string }> }) {
  const { locale } = await props.params;
  if (!isLocale(locale)) notFound();
  const t = await getT(locale, ["home"]);
  const actions = [
    { href: "report", title: t("home:report.title"), text: t("home:report.text"), primary: true },
    { href: "track", title: t("home:track.title"), text: t("home:track.text") },
    { href: "missing", title: t("home:missing.title"), text: t("home:missing.text") },
    { href: "login", title: t("home:staff.title"), text: t("home:staff.text") },
  ];
  return (
    <div className="stack">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home:title")}</h1>
        <p className="lead">{t("home:intro")}</p>
        <p>{t("home:countries")}</p>
      </section>
      <ul className="card-grid" aria-label={t("home:actionsLabel")}>
        {actions.map((a) => (
          <li key={a.href} className={a.primary ? "card card--primary" : "card"}>
            <h2>
              <Link href={`/${locale}/${a.href}`}>{a.title}</Link>
            </h2>
            <p>{a.text}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="home-safety">
        <h2 id="home-safety">{t("home:safety.title")}</h2>
        <p>{t("home:safety.text")}</p>
      </section>
    </div>
  );
}
