import type { Metadata } from "next";
import { ROUTES, type Access } from "@/features/partners/openapi";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["partners"]);
  return { title: t("partners:docs.title") };
}

/** The API reference for partner developers: the same route table the OpenAPI document is built from. */
export default async function DevelopersPage(props: Props) {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["partners"]);
  const access = (a: Access) =>
    a.kind === "public"
      ? t("partners:docs.public")
      : a.kind === "session"
        ? t("partners:docs.session")
        : a.optional
          ? t("partners:docs.optional", { scope: a.scope })
          : t("partners:docs.scope", { scope: a.scope });
  return (
    <div className="stack">
      <h1>{t("partners:docs.title")}</h1>
      <p>{t("partners:docs.intro")}</p>
      <p>
        <a href="/api/v1/openapi.json">{t("partners:docs.document")}</a>
      </p>
      <h2>{t("partners:docs.errors")}</h2>
      <p>{t("partners:docs.errorsText")}</p>
      <ul className="stack card-list" aria-label={t("partners:docs.colRoute")}>
        {ROUTES.map((r) => (
          <li key={`${r.method} ${r.path}`} className="card">
            <p>
              <code>
                {r.method.toUpperCase()} {r.path}
              </code>
            </p>
            <p>{t(`partners:docs.routes.${r.id}`)}</p>
            <dl>
              <dt>{t("partners:docs.colAccess")}</dt>
              <dd>{access(r.access)}</dd>
              <dt>{t("partners:docs.colResponses")}</dt>
              <dd>{Object.keys(r.config.responses).join(", ")}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
