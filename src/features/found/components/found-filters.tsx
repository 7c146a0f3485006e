"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { SEXES } from "@/lib/case-options";
import { CONDITIONS, FOUND_STATUSES } from "../options";

type Props = {
  values: Record<string, string>;
  countries: readonly string[];
  errorFor: (name: string) => string | undefined;
  pending: boolean;
};

/** The search fields (uncontrolled; re-mounted with the submitted values after each search). */
export function FoundFilters({ values, countries, errorFor, pending }: Props) {
  const t = useT(["found", "common"]);
  const select = (
    name: string,
    label: string,
    options: readonly string[],
    labelOf: (o: string) => string,
  ) => (
    <Field id={`found-${name}`} label={label} error={errorFor(name)}>
      <select
        {...fieldAria(`found-${name}`, { error: errorFor(name) })}
        name={name}
        defaultValue={values[name] ?? ""}
      >
        <option value="">{t("found:list.any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </Field>
  );
  const input = (name: string, label: string, type: string, hint?: string) => (
    <Field id={`found-${name}`} label={label} hint={hint} error={errorFor(name)}>
      <input
        {...fieldAria(`found-${name}`, { hint, error: errorFor(name) })}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        inputMode={name === "age" ? "numeric" : undefined}
      />
    </Field>
  );
  return (
    <div className="stack">
      {input("q", t("found:list.query"), "search", t("found:list.queryHint"))}
      <div className="form-grid">
        {select("status", t("found:list.status"), FOUND_STATUSES, (s) => t(`found:statuses.${s}`))}
        {select("condition", t("found:list.condition"), CONDITIONS, (c) => t(`found:conditions.${c}`))}
        {select("sex", t("found:list.sex"), SEXES, (s) => t(`common:sex.${s}`))}
        {countries.length > 1
          ? select("country", t("found:list.country"), countries, (c) => t(`common:countries.${c}`))
          : null}
        {input("age", t("found:list.age"), "text")}
        {input("foundFrom", t("found:list.foundFrom"), "date")}
        {input("foundTo", t("found:list.foundTo"), "date")}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("found:list.submit")}
        </button>
      </div>
    </div>
  );
}
