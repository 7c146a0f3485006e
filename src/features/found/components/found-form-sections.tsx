"use client";
import { useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { NATIONALITIES, PHOTO_MIME_TYPES, SEXES, SPOKEN_LANGUAGES } from "@/lib/case-options";
import { CONDITIONS, INSTITUTION_TYPES } from "../options";
import type { FoundFormValues } from "../schemas";
import { CheckboxGroup, SelectInput, TextInput } from "./found-inputs";

/** When, where, in what state, and where the person is now (restricted). */
export function WhereFields(props: { regions: { id: string; name: string }[] }) {
  const t = useT(["found", "common"]);
  const regionName = new Map(props.regions.map((r) => [r.id, r.name]));
  return (
    <section aria-labelledby="found-where-title" className="stack">
      <h2 id="found-where-title">{t("found:form.where")}</h2>
      <div className="form-grid">
        <SelectInput
          name="condition"
          label={t("found:form.condition")}
          options={CONDITIONS}
          labelOf={(c) => t(`found:conditions.${c}`)}
        />
        <TextInput name="foundOn" label={t("found:form.foundOn")} type="date" />
        <SelectInput
          name="regionId"
          label={t("found:form.region")}
          options={props.regions.map((r) => r.id)}
          labelOf={(id) => regionName.get(id) ?? id}
          emptyLabel={t("found:form.regionNone")}
          optional
        />
      </div>
      <TextInput name="foundPlace" label={t("found:form.foundPlace")} hintKey="found:form.foundPlaceHint" />
      <TextInput
        name="circumstances"
        label={t("found:form.circumstances")}
        hintKey="found:form.circumstancesHint"
        multiline
      />
      <div className="form-grid">
        <SelectInput
          name="institutionType"
          label={t("found:form.institutionType")}
          hintKey="found:form.institutionHint"
          options={INSTITUTION_TYPES}
          labelOf={(i) => t(`found:institutions.${i}`)}
        />
        <TextInput name="institutionName" label={t("found:form.institutionName")} optional />
      </div>
    </section>
  );
}

/** What the person said and what they look like: estimates as ranges. */
export function PersonFields() {
  const t = useT(["found", "intake", "common"]);
  return (
    <section aria-labelledby="found-person-title" className="stack">
      <h2 id="found-person-title">{t("found:form.person")}</h2>
      <TextInput
        name="namesGiven"
        label={t("found:form.namesGiven")}
        hintKey="found:form.namesGivenHint"
        optional
      />
      <div className="form-grid">
        <SelectInput
          name="sex"
          label={t("found:form.sex")}
          options={SEXES}
          labelOf={(s) => t(`common:sex.${s}`)}
        />
        <TextInput name="ageMin" label={t("found:form.ageMin")} numeric />
        <TextInput name="ageMax" label={t("found:form.ageMax")} numeric />
        <TextInput name="heightMinCm" label={t("found:form.heightMin")} numeric optional />
        <TextInput name="heightMaxCm" label={t("found:form.heightMax")} numeric optional />
        <TextInput name="build" label={t("found:form.build")} optional />
        <TextInput name="hair" label={t("found:form.hair")} optional />
        <TextInput name="eyeColour" label={t("found:form.eyeColour")} optional />
        <TextInput name="skin" label={t("found:form.skin")} optional />
        <SelectInput
          name="nationality"
          label={t("found:form.nationality")}
          options={NATIONALITIES}
          labelOf={(n) => t(`intake:nationalities.${n}`)}
          emptyLabel={t("found:form.nationalityUnknown")}
          optional
        />
        <TextInput name="identityDocument" label={t("found:form.identityDocument")} optional />
      </div>
      <CheckboxGroup
        name="languages"
        legend={t("found:form.languages")}
        options={SPOKEN_LANGUAGES}
        labelOf={(l) => t(`intake:languages.${l}`)}
      />
      <TextInput name="clothing" label={t("found:form.clothing")} multiline optional />
      <TextInput name="belongings" label={t("found:form.belongings")} multiline optional />
    </section>
  );
}

/** Up to three photos, checked and re-encoded on the server (no EXIF, no GPS). */
export function PhotosField(props: { onFiles: (files: File[]) => void }) {
  const t = useT(["found", "common"]);
  const deceased = useFormContext<FoundFormValues>().watch("condition") === "DECEASED";
  const hint = [t("found:form.photosHint"), deceased ? t("found:form.deceasedPhotosHint") : ""]
    .join(" ")
    .trim();
  return (
    <section aria-labelledby="found-photos-title" className="stack">
      <h2 id="found-photos-title">{t("found:form.photos")}</h2>
      <Field
        id="found-form-photos"
        label={t("found:form.photosLabel")}
        hint={hint}
        optionalLabel={t("found:form.optional")}
      >
        <input
          id="found-form-photos"
          onChange={(e) => props.onFiles(Array.from(e.target.files ?? []))}
          type="file"
          multiple
          accept={PHOTO_MIME_TYPES.join(",")}
          aria-describedby="found-form-photos-hint"
        />
      </Field>
    </section>
  );
}
