// Inputs of the report form, wired to react-hook-form and to <Field> (label, hint, error, aria).
// Error messages are i18n keys from the schema, translated here.
import { get, useFormContext, type FieldPath } from "react-hook-form";
import type { ReactNode } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { ClaimFormValues } from "./form-values";
import { usePlainClaim } from "./plain-claim-context";

type Path = string;

export const fieldId = (name: Path) => `claim-${name.replace(/\./g, "-")}`;

function useFieldState(name: Path, hintKey?: string, related: readonly Path[] = []) {
  const t = useT(["intake", "validation", "common"]);
  // Null outside a FormProvider: then the field is a plain named input of the one long form.
  const form = useFormContext<ClaimFormValues>() as ReturnType<typeof useFormContext<ClaimFormValues>> | null;
  const plain = usePlainClaim();
  // The hidden stepper is still in the page without JavaScript: the long form's ids differ.
  const id = plain && !form ? `plain-${fieldId(name)}` : fieldId(name);
  const hint = hintKey ? t(hintKey) : undefined;
  const message = form
    ? (get(form.formState.errors, name) as { message?: string } | undefined)?.message
    : plain?.errors[name];
  const error = message ? t(message) : undefined;
  return {
    t,
    registered: form ? registerLive(form, name, related) : plainInput(name, plain?.values[name]),
    id,
    hint,
    error,
    aria: fieldAria(id, { hint, error }),
  };
}

/**
 * Fields are checked when the user presses Next, not on blur: a message vanishing on blur
 * moves the Next button under the pointer and the click is lost. A shown message is
 * re-checked as the user fixes the field (or a related one, e.g. email for "phone or email").
 */
function registerLive(
  form: ReturnType<typeof useFormContext<ClaimFormValues>>,
  name: Path,
  related: readonly Path[],
) {
  const { register, trigger, getFieldState } = form;
  return register(name as never, {
    onChange: () => {
      for (const n of [name, ...related])
        if (getFieldState(n as never).error) void trigger(n as FieldPath<ClaimFormValues>);
    },
  });
}

/** The attributes a plain input needs: its name and what the family typed before posting. */
function plainInput(name: Path, value: string | string[] | boolean | undefined) {
  return {
    name,
    defaultValue: typeof value === "string" ? value : undefined,
    defaultChecked: typeof value === "boolean" ? value : undefined,
    checkedValues: Array.isArray(value) ? value : undefined,
  };
}

/** Props for an <input>/<select>: drops the helper field that only checkbox groups read. */
function inputProps(registered: ReturnType<typeof useFieldState>["registered"]) {
  if ("checkedValues" in registered) {
    const { checkedValues: _c, ...rest } = registered;
    return rest;
  }
  return registered;
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
        {...inputProps(s.registered)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps) {
  const s = useFieldState(props.name, props.hint, props.related);
  return (
    <FieldShell {...props} id={s.id} error={s.error} hintText={s.hint}>
      <textarea
        rows={4}
        aria-required={props.required || undefined}
        {...s.aria}
        {...inputProps(s.registered)}
      />
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
        {...inputProps(s.registered)}
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
          <input
            id={`${s.id}-${o.value}`}
            type="checkbox"
            value={o.value}
            {...inputProps(s.registered)}
            {...("checkedValues" in s.registered
              ? { defaultChecked: s.registered.checkedValues?.includes(o.value) }
              : {})}
          />
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

/** One of a few choices as radio buttons (the value is the chosen code). */
export function RadioGroup(
  props: BaseProps & { options: readonly { value: string; label: string; hint?: string }[] },
) {
  const s = useFieldState(props.name, props.hint, props.related);
  const { defaultValue, ...registered } = inputProps(s.registered) as ReturnType<typeof inputProps> & {
    defaultValue?: string;
  };
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
          <input
            id={`${s.id}-${o.value}`}
            type="radio"
            value={o.value}
            {...registered}
            {...(defaultValue !== undefined ? { defaultChecked: defaultValue === o.value } : {})}
          />
          <span>
            {o.label}
            {o.hint ? <span className="hint"> {o.hint}</span> : null}
          </span>
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
        <input type="checkbox" {...s.aria} {...inputProps(s.registered)} />
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
