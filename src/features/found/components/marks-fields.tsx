"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useT } from "@/i18n/client";
import { BODY_LOCATIONS, MARK_TYPES, MAX_MARKS } from "../options";
import type { FoundFormValues } from "../schemas";
import { SelectInput, TextInput } from "./found-inputs";
import styles from "./found.module.css";

/** Marks as rows: kind, body location from the fixed list, and what it looks like. */
export function MarksFields() {
  const t = useT(["found", "common"]);
  const { control } = useFormContext<FoundFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "marks" });
  return (
    <section aria-labelledby="found-marks-title" className="stack">
      <h2 id="found-marks-title">{t("found:form.marks")}</h2>
      {fields.map((f, i) => (
        <fieldset key={f.id} className={styles.mark}>
          <legend>{t("found:form.markLegend", { n: i + 1 })}</legend>
          <div className="form-grid">
            <SelectInput
              name={`marks.${i}.type`}
              label={t("found:form.markType")}
              options={MARK_TYPES}
              labelOf={(o) => t(`found:markTypes.${o}`)}
            />
            <SelectInput
              name={`marks.${i}.bodyLocation`}
              label={t("found:form.markLocation")}
              options={BODY_LOCATIONS}
              labelOf={(o) => t(`found:bodyLocations.${o}`)}
            />
          </div>
          <TextInput name={`marks.${i}.description`} label={t("found:form.markDescription")} />
          <button type="button" className="button button--secondary" onClick={() => remove(i)}>
            {t("found:form.removeMark", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {fields.length < MAX_MARKS ? (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => append({ type: "TATTOO", bodyLocation: "LEFT_FOREARM", description: "" })}
          >
            {t("found:form.addMark")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
