import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionForm } from "@/features/training/components/session-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { isoDay } from "@/features/training/format";
import { getSessionFormOptions } from "@/features/training/form-options";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { getSessionForViewer } from "@/features/training/session-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:session.editTitle"), robots: { index: false } };
}

export default async function EditSessionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const s = await loadOrNotFound(() => getSessionForViewer(viewer, id));
  if (!s.canManage) notFound();
  const [t, options, resources] = await Promise.all([
    getT(locale, ["training"]),
    getSessionFormOptions(viewer, s.countryCode),
    loadResources(locale, ["training", "common"]),
  ]);
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage />
      <h1>{t("training:session.editTitle")}</h1>
      <I18nProvider locale={locale} resources={resources}>
        <SessionForm
          locale={locale}
          sessionId={s.id}
          options={options}
          defaults={{
            title: s.title,
            kind: s.kind,
            startDate: isoDay(s.startDate),
            endDate: isoDay(s.endDate),
            countryCode: s.countryCode,
            regionId: s.regionId ?? "",
            venue: s.venue,
            partnerOrgs: s.partnerOrgs.join(", "),
            parentSessionId: s.parentSessionId ?? "",
            trainerIds: s.trainers.map((u) => u.id),
            materials: s.materials ?? "",
            capacity: s.capacity ? String(s.capacity) : "",
          }}
        />
      </I18nProvider>
    </div>
  );
}
