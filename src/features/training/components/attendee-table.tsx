import type { TFunction } from "i18next";
import Link from "next/link";
import type { SessionDetail } from "../session-data";
import { AttendeeActions } from "./attendee-actions";
import { BULK_FORM_ID } from "./bulk-attendance";
import styles from "./training.module.css";

export function AttendeeTable({ s, locale, t }: { s: SessionDetail; locale: string; t: TFunction }) {
  if (s.attendees.length === 0) return <p>{t("training:attendees.empty")}</p>;
  const status = (a: SessionDetail["attendees"][number]) =>
    a.completedAt
      ? t("training:attendees.completed")
      : a.attended
        ? t("training:attendees.attended")
        : t("training:attendees.registered");
  const learning = (a: SessionDetail["attendees"][number]) => {
    const k = a.knowledge;
    const pct = (x: { score: number; total: number } | null) =>
      x ? t("training:knowledge.score", { score: x.score, total: x.total }) : "—";
    const check =
      k.before || k.after
        ? t("training:knowledge.beforeAfter", { before: pct(k.before), after: pct(k.after) })
        : null;
    const exercises =
      s.requiredExercises > 0 || a.exercisesPassed.length
        ? t("training:attendees.exercisesPassed", {
            passed: a.exercisesPassed.length,
            required: s.requiredExercises,
          })
        : null;
    return [check, exercises].filter(Boolean).join(" · ") || "—";
  };
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("training:attendees.tableRegion")}>
      <table className={styles.cardTable}>
        <caption className="visually-hidden">{t("training:attendees.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:attendees.name")}</th>
            <th scope="col">{t("training:attendees.region")}</th>
            <th scope="col">{t("training:attendees.status")}</th>
            <th scope="col">{t("training:attendees.learning")}</th>
            {s.canManage ? <th scope="col">{t("training:attendees.actions")}</th> : null}
            {s.canManage ? <th scope="col">{t("training:attendees.leaveOut")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {s.attendees.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.name}
                <br />
                <small className={styles.personDetail}>
                  {[a.rank, a.unit, a.email].filter(Boolean).join(" · ")}
                </small>
              </th>
              <td data-label={t("training:attendees.region")}>{a.region?.name ?? "—"}</td>
              <td data-label={t("training:attendees.status")}>
                {status(a)}
                {a.promotedUser ? (
                  <>
                    <br />
                    <small>{t("training:promote.promotedAs", { email: a.promotedUser.email })}</small>
                    {s.canManage ? (
                      <>
                        <br />
                        <Link
                          href={`/${locale}/training/sessions/new?parent=${s.id}&trainer=${a.promotedUser.id}`}
                        >
                          {t("training:promote.planSession")}
                          <span className="visually-hidden">: {a.name}</span>
                        </Link>
                      </>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td data-label={t("training:attendees.learning")}>{learning(a)}</td>
              {s.canManage ? (
                <td data-label={t("training:attendees.actions")}>
                  <AttendeeActions
                    locale={locale}
                    sessionId={s.id}
                    canPromote={s.kind === "TRAIN_THE_TRAINERS"}
                    attendee={{
                      id: a.id,
                      name: a.name,
                      attended: a.attended,
                      completed: !!a.completedAt,
                      promoted: !!a.promotedUser,
                    }}
                  />
                </td>
              ) : null}
              {s.canManage ? (
                <td data-label={t("training:attendees.leaveOut")}>
                  <input
                    type="checkbox"
                    name="except"
                    value={a.id}
                    form={BULK_FORM_ID}
                    aria-label={t("training:attendees.leaveOutName", { name: a.name })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
