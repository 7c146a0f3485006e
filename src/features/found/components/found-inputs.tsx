"use client";
// Inputs of the found-record form, wired to react-hook-form and <Field> (label, hint, error,
// aria). Error messages are i18n keys from the one schema, translated here.
import { get, useFormContext } from "react-hook-form";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { FoundFormValues } from "../schemas";

export const foundFieldId = (name: string) => `found-form-${name.replace(/\./g, "-")}`;

function useFieldBits(name: string, hintKey?: string) {
  const t = useT(["found", "validation", "common"]);
  const { register, formState } = useFormContext<FoundFormValues>();
  const message = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const id = foundFieldId(name);
  const hint = hintKey ? t(hintKey) : undefined;
  const error = message ? t(message) : undefined;
  return { t, id, hint, error, registered: register(name as never), aria: fieldAria(id, { hint, error }) };
}

type Props = { name: string; label: string; hintKey?: string; optional?: boolean };

export function TextInput(props: Props & { type?: string; numeric?: boolean; multiline?: boolean }) {
  const f = useFieldBits(props.name, props.hintKey);
  const optionalLabel = props.optional ? f.t("found:form.optional") : undefined;
  return (
    <Field id={f.id} label={props.label} hint={f.hint} error={f.error} optionalLabel={optionalLabel}>
      {props.multiline ? (
        <textarea {...f.aria} {...f.registered} rows={4} />
      ) : (
        <input
          {...f.aria}
          {...f.registered}
          type={props.type ?? "text"}
          inputMode={props.numeric ? "numeric" : undefined}
          required={!props.optional}
        />
      )}
    </Field>
  );
}

export function SelectInput(
  props: Props & { options: readonly string[]; labelOf: (o: string) => string; emptyLabel?: string },
) {
  const f = useFieldBits(props.name, props.hintKey);
  const optionalLabel = props.optional ? f.t("found:form.optional") : undefined;
  return (
    <Field id={f.id} label={props.label} hint={f.hint} error={f.error} optionalLabel={optionalLabel}>
      <select {...f.aria} {...f.registered}>
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labelOf(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Several of a fixed list as checkboxes inside a fieldset (its legend labels the group). */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: readonly string[];
  labelOf: (o: string) => string;
}) {
  const t = useT(["found", "common"]);
  const { register } = useFormContext<FoundFormValues>();
  return (
    <fieldset className="field">
      <legend>
        {props.legend} <span className="hint">({t("found:form.optional")})</span>
      </legend>
      <div className="form-grid">
        {props.options.map((o) => (
          <label key={o} className="checkbox">
            <input type="checkbox" value={o} {...register(props.name as never)} />
            <span>{props.labelOf(o)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
