// Inputs of the report form, wired to react-hook-form and to <Field> (label, hint, error, aria).
// Error messages are i18n keys from the schema, translated here.
import { get, useFormContext, type FieldPath } from "react-hook-form";
import type { ReactNode } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { ClaimFormValues } from "./form-values";

type Path = string;

export const fieldId = (name: Path) => `claim-${name.replace(/\./g, "-")}`;

function useFieldState(name: Path, hintKey?: string, related: readonly Path[] = []) {
  const t = useT(["intake", "validation", "common"]);
  const { register, formState, trigger, getFieldState } = useFormContext<ClaimFormValues>();
  const message = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const id = fieldId(name);
  const hint = hintKey ? t(hintKey) : undefined;
  const error = message ? t(message) : undefined;
  // Fields are checked when the user presses Next, not on blur: a message vanishing on blur
  // moves the Next button under the pointer and the click is lost. A shown message is
  // re-checked as the user fixes the field (or a related one, e.g. email for "phone or email").
  const registered = register(name as never, {
    onChange: () => {
      for (const n of [name, ...related])
        if (getFieldState(n as never).error) void trigger(n as FieldPath<ClaimFormValues>);
    },
  });
  return { t, registered, id, hint, error, aria: fieldAria(id, { hint, error }) };
}

interface BaseProps {
  name: Path;
  /** Other fields whose message depends on this one. */
  related?: readonly Path[];
  label: string;
  hint?: string;
  required?: boolean;
}

function FieldShell(
  props: BaseProps & { id: string; error?: string; hintText?: string; children: ReactNode },
) {
  const t = useT("common");
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hintText}
      error={props.error}
      optionalLabel={props.required ? t("common:required") : undefined}
    >
      {props.children}
    </Field>
  );
}

export function TextField(
  props: BaseProps & {
    type?: "text" | "email" | "tel" | "date" | "time";
    autoComplete?: string;
    inputMode?: "numeric" | "text";
    max?: string;
  },
) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <FieldShell {...props} id={s.id} error={s.error} hintText={s.hint}>
      <input
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        inputMode={props.inputMode}
        max={props.max}
        aria-required={props.required || undefined}
        {...s.aria}
        {...s.registered}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <FieldShell {...props} id={s.id} error={s.error} hintText={s.hint}>
      <textarea rows={4} aria-required={props.required || undefined} {...s.aria} {...s.registered} />
    </FieldShell>
  );
}

export function SelectField(
  props: BaseProps & {
    options: readonly { value: string; label: string }[];
    emptyLabel?: string;
    autoComplete?: string;
  },
) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <FieldShell {...props} id={s.id} error={s.error} hintText={s.hint}>
      <select
        autoComplete={props.autoComplete ?? "off"}
        aria-required={props.required || undefined}
        {...s.aria}
        {...s.registered}
      >
        <option value="">{props.emptyLabel ?? s.t("intake:chooseOne")}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Several checkboxes sharing one name: the value is the array of ticked codes. */
export function CheckboxGroup(props: BaseProps & { options: readonly { value: string; label: string }[] }) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <fieldset className="field" aria-describedby={s.aria["aria-describedby"]}>
      <legend>{props.label}</legend>
      {s.hint ? (
        <span className="hint" id={`${s.id}-hint`}>
          {s.hint}
        </span>
      ) : null}
      {props.options.map((o) => (
        <label key={o.value} className="checkbox" htmlFor={`${s.id}-${o.value}`}>
          <input id={`${s.id}-${o.value}`} type="checkbox" value={o.value} {...s.registered} />
          <span>{o.label}</span>
        </label>
      ))}
      {s.error ? (
        <span className="field-error" id={`${s.id}-error`} role="alert">
          {s.error}
        </span>
      ) : null}
    </fieldset>
  );
}

/** One yes/no checkbox. */
export function CheckboxField(props: BaseProps) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <div className="field">
      <label className="checkbox" htmlFor={s.id}>
        <input type="checkbox" {...s.aria} {...s.registered} />
        <span>{props.label}</span>
      </label>
      {s.hint ? (
        <span className="hint" id={`${s.id}-hint`}>
          {s.hint}
        </span>
      ) : null}
      {s.error ? (
        <span className="field-error" id={`${s.id}-error`} role="alert">
          {s.error}
        </span>
      ) : null}
    </div>
  );
}
