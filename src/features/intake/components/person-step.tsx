import { useLocale, useT } from "@/i18n/client";
import { SEXES, SPOKEN_LANGUAGES } from "@/lib/case-options";
import { nationalityChoices } from "./choice-options";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "./form-fields";

export function PersonStep({ today }: { today: string }) {
  const t = useT(["intake", "common"]);
  const locale = useLocale();
  const p = (k: string) => `person.${k}`;
  return (
    <>
      <div className="form-grid">
        <TextField name={p("givenNames")} label={t("person.givenNames")} required />
        <TextField
          name={p("familyNames")}
          label={t("person.familyNames")}
          hint="intake:person.familyNamesHint"
          required
        />
      </div>
      <TextField name={p("otherNames")} label={t("person.otherNames")} />
      <div className="form-grid">
        <SelectField
          name={p("sex")}
          label={t("person.sex")}
          required
          options={SEXES.map((s) => ({ value: s, label: t(`common:sex.${s}`) }))}
        />
        <SelectField
          name={p("nationality")}
          label={t("person.nationality")}
          options={nationalityChoices(t, locale)}
        />
      </div>
      <p className="hint">{t("person.ageHint")}</p>
      <div className="form-grid">
        <TextField
          related={[p("approxAge")]}
          name={p("dateOfBirth")}
          label={t("person.dateOfBirth")}
          type="date"
          max={today}
        />
        <TextField name={p("approxAge")} label={t("person.approxAge")} inputMode="numeric" />
      </div>
      <CheckboxGroup
        name={p("languages")}
        label={t("person.languages")}
        options={SPOKEN_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      <div className="form-grid">
        <TextField name={p("identityDocument")} label={t("person.identityDocument")} />
        <TextField name={p("heightCm")} label={t("person.heightCm")} inputMode="numeric" />
        <TextField name={p("build")} label={t("person.build")} hint="intake:person.buildHint" />
        <TextField name={p("hair")} label={t("person.hair")} hint="intake:person.hairHint" />
        <TextField name={p("eyeColour")} label={t("person.eyeColour")} />
      </div>
      <TextAreaField
        name={p("distinguishingMarks")}
        label={t("person.distinguishingMarks")}
        hint="intake:person.distinguishingMarksHint"
      />
      <TextAreaField name={p("clothing")} label={t("person.clothing")} />
      <TextAreaField
        name={p("medicalNeeds")}
        label={t("person.medicalNeeds")}
        hint="intake:person.medicalNeedsHint"
      />
    </>
  );
}
