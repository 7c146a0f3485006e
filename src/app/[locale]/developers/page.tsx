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
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("partners:docs.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("partners:docs.colRoute")}</th>
              <th scope="col">{t("partners:docs.colSummary")}</th>
              <th scope="col">{t("partners:docs.colAccess")}</th>
              <th scope="col">{t("partners:docs.colResponses")}</th>
            </tr>
          </thead>
          <tbody>
            {ROUTES.map((r) => (
              <tr key={`${r.method} ${r.path}`}>
                <td>
                  <code>
                    {r.method.toUpperCase()} {r.path}
                  </code>
                </td>
                <td>{t(`partners:docs.routes.${r.id}`)}</td>
                <td>{access(r.access)}</td>
                <td>{Object.keys(r.config.responses).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
