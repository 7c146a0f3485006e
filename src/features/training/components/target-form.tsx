"use client";
import { useActionState, useState, type FormEvent } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { fieldErrorsFrom } from "@/server/result";
import { useT } from "@/i18n/client";
import { CoverageTargetsInput, coverageTargetsFromForm } from "../schemas";
import { setTargetsAction, type TargetsState } from "../target-actions";
import type { TargetsForEditor } from "../target-data";
import { useErrorText } from "./use-error-text";

const shown = (n: number | null) => (n === null ? "" : String(n));

/**
 * The coverage targets of one country: the whole country, each district, each cascade level.
 * A plain form posted to the action, so it works before JavaScript has loaded; with it, the same
 * schema checks the numbers first and nothing is sent while one is wrong.
 */
export function TargetForm({ targets, coverageHref }: { targets: TargetsForEditor; coverageHref: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<TargetsState, FormData>(setTargetsAction, null);
  const [checked, setChecked] = useState<Record<string, string> | null>(null);
  const errors = checked ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});
  // After a refusal (also one posted without JavaScript) the fields keep what was typed.
  const typed = state && !state.ok ? state.values : undefined;
  const value = (name: string, saved: number | null) => typed?.[name] ?? shown(saved);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const parsed = CoverageTargetsInput.safeParse(coverageTargetsFromForm(new FormData(e.currentTarget)));
    if (parsed.success) return setChecked(null);
    e.preventDefault();
    setChecked(fieldErrorsFrom(parsed.error.issues));
  };

  const input = (name: string, label: string, saved: number | null) => {
    const id = `target-${name.replace(".", "-")}`;
    const error = errorText(errors[name]);
    return (
      <Field id={id} label={label} error={error} key={name}>
        <input
          type="text"
          inputMode="numeric"
          name={name}
          defaultValue={value(name, saved)}
          size={8}
          autoComplete="off"
          {...fieldAria(id, { error })}
        />
      </Field>
    );
  };
  const levelLabel = (level: number) =>
    t(`coverage.levelName.${level}`, { defaultValue: t("coverage.levelN", { n: level }) });
  const formKey = state?.ok ? "saved" : "editing";

  return (
    <form action={action} onSubmit={onSubmit} noValidate key={formKey} aria-describedby="targets-hint">
      <input type="hidden" name="countryCode" value={targets.countryCode} />
      <p className="hint" id="targets-hint">
        {t("targets.hint")}
      </p>
      <div aria-live="polite">
        {state?.ok ? (
          <Alert kind="success">
            {t("targets.saved")} <a href={coverageHref}>{t("targets.backToCoverage")}</a>
          </Alert>
        ) : null}
        {checked ? <Alert kind="error">{t("errors.checkForm")}</Alert> : null}
        {checked ? null : <ActionAlert state={state} translate={errorText} />}
      </div>
      {input("total", t("targets.total"), targets.total)}
      <fieldset>
        <legend>{t("targets.districts")}</legend>
        {targets.regions.map((r) => input(`regions.${r.id}`, r.name, r.target))}
      </fieldset>
      <fieldset>
        <legend>{t("targets.levels")}</legend>
        {targets.levels.map((l) => input(`levels.${l.level}`, levelLabel(l.level), l.target))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {t("targets.save")}
      </button>
    </form>
  );
}
