import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/features/cases/components/print-button";
import { formatDateRange } from "@/features/training/format";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { getSessionForViewer } from "@/features/training/session-data";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import styles from "@/features/training/components/training.module.css";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rows left empty at the end of the printed sheet, for officers who came without registering.
const BLANK_ROWS = 8;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:sheet.title"), robots: { index: false } };
}

/** The paper list passed round the room: names, rank and unit, and a column to sign. */
export default async function AttendanceSheetPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const s = await loadOrNotFound(() => getSessionForViewer(viewer, id));
  const t = await getT(locale, ["training"]);
  const rows = [
    ...s.attendees.map((a) => ({
      key: a.id,
      name: a.name,
      detail: [a.rank, a.unit].filter(Boolean).join(" · "),
    })),
    ...Array.from({ length: BLANK_ROWS }, (_, i) => ({ key: `blank-${i}`, name: "", detail: "" })),
  ];
  return (
    <div className="stack">
      <p className="actions no-print">
        <PrintButton label={t("training:sheet.print")} />
        <Link href={`/${locale}/training/sessions/${s.id}`}>
          {t("training:certificate.back", { title: s.title })}
        </Link>
      </p>
      <h1>{t("training:sheet.title")}</h1>
      <p>
        <strong>{s.title}</strong>
        <br />
        {formatDateRange(locale, s.startDate, s.endDate)} · {s.venue}
      </p>
      <p className="hint">{t("training:sheet.intro")}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("training:sheet.title")}>
        <table className={styles.sheet}>
          <thead>
            <tr>
              <th scope="col">{t("training:sheet.number")}</th>
              <th scope="col">{t("training:attendees.name")}</th>
              <th scope="col">{t("training:attendees.rank")}</th>
              <th scope="col" className={styles.signature}>
                {t("training:sheet.signature")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td>{i + 1}</td>
                <td>{r.name}</td>
                <td>{r.detail}</td>
                <td className={styles.signature} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
