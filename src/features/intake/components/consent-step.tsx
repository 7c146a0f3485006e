import { useT } from "@/i18n/client";
import { CROSS_BORDER_CONSENTS } from "@/lib/case-options";
import { CheckboxField, RadioGroup } from "./form-fields";
import { ReviewSummary } from "./review-summary";
import type { ChosenPhoto } from "./photos-step";
import type { RegionOptions } from "./last-seen-step";

export function ConsentStep(props: {
  photos: ChosenPhoto[];
  regions: RegionOptions;
  onEdit: (step: number) => void;
}) {
  return (
    <>
      <ConsentFields />
      <ReviewSummary photos={props.photos} regions={props.regions} onEdit={props.onEdit} />
    </>
  );
}

/** What may be published, and the guardian's word (also part of the form without JavaScript). */
export function ConsentFields() {
  const t = useT(["intake"]);
  const c = (k: string) => `consent.${k}`;
  return (
    <>
      <p>{t("consent.intro")}</p>
      <fieldset>
        <legend>{t("consent.legend")}</legend>
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishPhoto")}
          label={t("consent.publishPhoto")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishName")}
          label={t("consent.publishName")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishAge")}
          label={t("consent.publishAge")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishLastSeen")}
          label={t("consent.publishLastSeen")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishDescription")}
          label={t("consent.publishDescription")}
        />
      </fieldset>
      <CheckboxField
        name={c("guardianConfirmed")}
        label={t("consent.guardianConfirmed")}
        hint="intake:consent.guardianHint"
      />
      <RadioGroup
        name={c("crossBorder")}
        label={t("consent.crossBorder.legend")}
        hint="intake:consent.crossBorder.hint"
        options={CROSS_BORDER_CONSENTS.map((v) => ({
          value: v,
          label: t(`consent.crossBorder.${v}`),
          hint: t(`consent.crossBorder.${v}Hint`),
        }))}
      />
    </>
  );
}
