import { useFormContext } from "react-hook-form";
import { useT } from "@/i18n/client";
import { LOCALE_NAMES, isLocale } from "@/i18n/settings";
import type { ClaimFormValues } from "./form-values";
import type { RegionOptions } from "./last-seen-step";
import { nationalityLabel } from "./choice-options";
import type { ChosenPhoto } from "./photos-step";
import { ReviewFindability } from "./review-findability";
import styles from "./claim-form.module.css";

type Row = [label: string, value: string];

function Section(props: { title: string; step: number; rows: Row[]; onEdit: (step: number) => void }) {
  const t = useT("intake");
  const id = `review-${props.step}`;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{props.title}</h4>
      <dl className="details">
        {props.rows.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd>{value || t("review.notGiven")}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="link-button" onClick={() => props.onEdit(props.step)}>
        {t("review.edit", { section: props.title })}
      </button>
    </section>
  );
}

/** Everything the family entered, readable before sending, each part with a way back to edit. */
export function ReviewSummary(props: {
  photos: ChosenPhoto[];
  regions: RegionOptions;
  onEdit: (step: number) => void;
}) {
  const t = useT(["intake", "common"]);
  const { getValues } = useFormContext<ClaimFormValues>();
  const { person: p, lastSeen: l, reporter: r } = getValues();
  const label = (prefix: string, v: string) => (v ? t(`${prefix}.${v}`) : "");
  const list = (prefix: string, vs: string[]) => vs.map((v) => t(`${prefix}.${v}`)).join(", ");
  const region = (props.regions[l.country] ?? []).find(([code]) => code === l.region)?.[1] ?? "";
  return (
    <div className={styles.review}>
      <h3>{t("review.title")}</h3>
      <p>{t("review.intro")}</p>
      <ReviewFindability person={p} photoCount={props.photos.length} />
      <Section
        title={t("steps.person")}
        step={0}
        onEdit={props.onEdit}
        rows={[
          [t("person.givenNames"), p.givenNames],
          [t("person.familyNames"), p.familyNames],
          [t("person.otherNames"), p.otherNames],
          [t("person.sex"), label("common:sex", p.sex)],
          [t("person.dateOfBirth"), p.dateOfBirth],
          [t("person.approxAge"), p.approxAge],
          [t("person.nationality"), p.nationality ? nationalityLabel(t, p.nationality) : ""],
          [t("person.languages"), list("languages", p.languages ?? [])],
          [t("person.identityDocument"), p.identityDocument],
          [t("person.heightCm"), p.heightCm],
          [t("person.build"), p.build],
          [t("person.hair"), p.hair],
          [t("person.eyeColour"), p.eyeColour],
          [t("person.distinguishingMarks"), p.distinguishingMarks],
          [t("person.clothing"), p.clothing],
          [t("person.medicalNeeds"), p.medicalNeeds],
        ]}
      />
      <Section
        title={t("steps.lastSeen")}
        step={1}
        onEdit={props.onEdit}
        rows={[
          [t("lastSeen.country"), label("common:countries", l.country)],
          [t("lastSeen.region"), region],
          [t("lastSeen.city"), l.city],
          [t("lastSeen.date"), l.date],
          [t("lastSeen.time"), l.time],
          [t("lastSeen.circumstances"), l.circumstances],
          [t("lastSeen.risks"), list("risk", l.riskIndicators ?? [])],
        ]}
      />
      <Section
        title={t("steps.photos")}
        step={2}
        onEdit={props.onEdit}
        rows={[[t("photos.chosen"), props.photos.map((ph) => ph.file.name).join(", ")]]}
      />
      <Section
        title={t("steps.reporter")}
        step={3}
        onEdit={props.onEdit}
        rows={[
          [t("reporter.name"), r.name],
          [t("reporter.relationship"), label("relationship", r.relationship)],
          [t("reporter.phone"), r.phone],
          [t("reporter.email"), r.email],
          [t("notifications:optIn.label"), r.email && r.emailUpdates ? t("common:yes") : t("common:no")],
          [t("notifications:optIn.smsLabel"), r.phone && r.smsUpdates ? t("common:yes") : t("common:no")],
          [t("reporter.preferredLocale"), isLocale(r.preferredLocale) ? LOCALE_NAMES[r.preferredLocale] : ""],
        ]}
      />
    </div>
  );
}
