import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { AttendeeForm } from "@/features/training/components/attendee-form";
import { AttendeeTable } from "@/features/training/components/attendee-table";
import { gainText } from "@/features/training/components/coverage-table";
import { BulkAttendanceForm } from "@/features/training/components/bulk-attendance";
import { SessionDetails } from "@/features/training/components/session-details";
import { TrainingNav } from "@/features/training/components/training-nav";
import { listRegions } from "@/features/training/form-options";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { getSessionForViewer } from "@/features/training/session-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import styles from "@/features/training/components/training.module.css";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:session.pageTitle"), robots: { index: false } };
}

export default async function SessionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const s = await loadOrNotFound(() => getSessionForViewer(viewer, id));
  const [t, regions, resources] = await Promise.all([
    getT(locale, ["training"]),
    listRegions(viewer, s.countryCode),
    loadResources(locale, ["training", "common"]),
  ]);
  const completed = s.attendees.filter((a) => a.completedAt).length;
  const base = `/${locale}/training/sessions/${s.id}`;
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage={s.canManage} />
      <h1>{s.title}</h1>
      <SessionDetails s={s} locale={locale} t={t} />
      <ul className={`actions ${styles.actionList}`} aria-label={t("training:session.actions")}>
        {s.canManage ? (
          <li>
            <Link className="button button--secondary" href={`${base}/edit`}>
              {t("training:session.edit")}
            </Link>
          </li>
        ) : null}
        {s.canManage ? (
          <li>
            <Link className="button button--secondary" href={`${base}/import`}>
              {t("training:import.title")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="button button--secondary" href={`${base}/sheet`}>
            {t("training:attendees.sheet")}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" href={`${base}/practice`}>
            {t("training:practice.title")} ({s._count.practiceCases})
          </Link>
        </li>
      </ul>
      <I18nProvider locale={locale} resources={resources}>
        <section aria-labelledby="attendees-title">
          <h2 id="attendees-title">{t("training:attendees.title")}</h2>
          <p>{t("training:list.completedOf", { completed, count: s.attendees.length })}</p>
          <p data-testid="session-gain">
            {t("training:knowledge.sessionGain", { gain: gainText(s.knowledgeGain, t) })}
          </p>
          {s.canManage && s.attendees.length ? <BulkAttendanceForm sessionId={s.id} /> : null}
          <AttendeeTable s={s} locale={locale} t={t} />
          {s.canManage ? <AttendeeForm sessionId={s.id} regions={regions} /> : null}
        </section>
      </I18nProvider>
    </div>
  );
}
