"use client";
import { useT } from "@/i18n/client";
import type { RecordReport } from "../pfif-import-data";

export function ImportReport({ reports }: { reports: RecordReport[] }) {
  const t = useT(["partners", "validation"]);
  const count = (r: RecordReport["result"]) => reports.filter((x) => x.result === r).length;
  return (
    <section aria-labelledby="pfif-report" className="stack">
      <h2 id="pfif-report">{t("partners:pfif.report")}</h2>
      <p role="status">
        {t("partners:pfif.summary", {
          created: count("created"),
          updated: count("updated"),
          unchanged: count("unchanged"),
          refused: count("refused"),
        })}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("partners:pfif.colLine")}</th>
              <th scope="col">{t("partners:pfif.colKind")}</th>
              <th scope="col">{t("partners:pfif.colId")}</th>
              <th scope="col">{t("partners:pfif.colResult")}</th>
              <th scope="col">{t("partners:pfif.colCase")}</th>
              <th scope="col">{t("partners:pfif.colProblems")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r, i) => (
              <tr key={i}>
                <td>{r.line}</td>
                <td>{t(`partners:pfif.kind.${r.kind}`)}</td>
                <td>{r.recordId ?? "—"}</td>
                <td>{t(`partners:pfif.result.${r.result}`)}</td>
                <td>{r.caseNumber ?? "—"}</td>
                <td>
                  {r.problems?.length ? (
                    <ul>
                      {r.problems.map((p, j) => (
                        <li key={j}>
                          <code>{p.field}</code>: {t(p.reason)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
