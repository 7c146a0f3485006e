import type { ReactNode } from "react";

/**
 * A labelled form control with hint and error wired up for screen readers. `children` is the
 * control and must carry `id={id}`; the error and hint ids are exported for aria-describedby.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.optionalLabel ? <span className="hint"> ({props.optionalLabel})</span> : null}
      </label>
      {props.hint ? (
        <span className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.children}
      {props.error ? (
        <span className="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** aria attributes for a control rendered inside <Field>. */
export function fieldAria(id: string, opts: { hint?: string; error?: string }) {
  const describedBy = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    "aria-invalid": opts.error ? (true as const) : undefined,
    "aria-describedby": describedBy || undefined,
  };
}
