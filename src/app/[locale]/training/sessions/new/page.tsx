import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { CountrySwitch } from "@/features/training/components/country-switch";
import { SessionForm } from "@/features/training/components/session-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { getSessionFormOptions } from "@/features/training/form-options";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";
import { notFound } from "next/navigation";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:session.createTitle"), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** ?parent= and ?trainer= prefill the form from "plan a cascade session" links (ids, no personal data). */
export default async function NewSessionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  if (!can(viewer, "training:manage")) notFound();
  const query = await props.searchParams;
  const options = await getSessionFormOptions(viewer, one(query.country) || viewer.countryCode);
  const [t, resources] = await Promise.all([
    getT(locale, ["training"]),
    loadResources(locale, ["training", "common"]),
  ]);
  const parent = options.parents.find((p) => p.id === one(query.parent));
  const trainer = options.trainers.find((u) => u.id === one(query.trainer));
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage />
      <h1>{t("training:session.createTitle")}</h1>
      <CountrySwitch
        id="country-switch"
        countries={options.countries}
        value={options.countryCode}
        submitLabel={t("training:session.changeCountry")}
        t={t}
      />
      <I18nProvider locale={locale} resources={resources}>
        <SessionForm
          locale={locale}
          options={options}
          defaults={{
            title: "",
            kind: parent ? "CASCADE_WORKSHOP" : "TRAIN_THE_TRAINERS",
            startDate: "",
            endDate: "",
            countryCode: options.countryCode,
            regionId: "",
            venue: "",
            partnerOrgs: "",
            parentSessionId: parent?.id ?? "",
            trainerIds: [
              trainer?.id ?? (options.trainers.some((u) => u.id === viewer.id) ? viewer.id : ""),
            ].filter(Boolean),
            materials: "",
            capacity: "",
          }}
        />
      </I18nProvider>
    </div>
  );
}
