import type { Metadata } from "next";
import { SessionForm } from "@/features/training/components/session-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { getSessionFormOptions } from "@/features/training/form-options";
import { requireTrainingViewer } from "@/features/training/page-guard";
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
  const viewer = await requireTrainingViewer(locale);
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
      {options.countries.length > 1 ? (
        <form method="get" className="form-grid">
          <div className="field">
            <label htmlFor="country-switch">{t("training:session.country")}</label>
            <select id="country-switch" name="country" defaultValue={options.countryCode}>
              {options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {t(`common:countries.${c.code}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="submit" className="button button--secondary">
              {t("training:session.changeCountry")}
            </button>
          </div>
        </form>
      ) : null}
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
