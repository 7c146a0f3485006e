import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { TrainingNav } from "@/features/training/components/training-nav";
import styles from "@/features/training/components/training.module.css";
import { formatDateRange } from "@/features/training/format";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { listSessions } from "@/features/training/session-data";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:title"), robots: { index: false } };
}

export default async function TrainingPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const [t, sessions] = await Promise.all([getT(locale, ["training"]), listSessions(viewer)]);
  const canManage = can(viewer, "training:manage");
  return (
    <div className="stack">
      <TrainingNav
        locale={locale}
        t={t}
        canManage={canManage}
        canEditQuestions={can(viewer, "training:editQuestions")}
      />
      <h1>{t("training:title")}</h1>
      <p className="lead">{t("training:intro")}</p>
      {canManage ? (
        <p>
          <Link className="button" href={`/${locale}/training/sessions/new`}>
            {t("training:nav.newSession")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("training:list.title")}</h2>
        {sessions.length === 0 ? (
          <p>{t("training:list.empty")}</p>
        ) : (
          <ul className={styles.sessionList}>
            {sessions.map((s) => (
              <li key={s.id} className="card">
                <h3>
                  <Link href={`/${locale}/training/sessions/${s.id}`}>{s.title}</Link>
                </h3>
                <p className={styles.meta}>
                  <span className="badge">{t(`training:kinds.${s.kind}`)}</span>{" "}
                  {formatDateRange(locale, s.startDate, s.endDate)} ·{" "}
                  {s.regionName ?? t(`common:countries.${s.countryCode}`)}
                  {" · "}
                  {s.venue}
                </p>
                <p>{t("training:list.completedOf", { completed: s.completed, count: s.attendees })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
