// What server actions and route handlers return: one shape for every form. Expected failures
// carry an i18n key ("ns:key") that the UI translates; field errors are keyed by the form's field
// path; an unexpected failure also carries the `reference` id that was logged, for the user to
// quote. `values` echoes what was typed so a refused form (or one posted without JavaScript)
// keeps it. Built by `runAction` (src/server/action.ts); shown by `<ActionAlert>`.
export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

export type ActionFailure = {
  ok: false;
  /** Form-level message key; absent when every message sits beside a field. */
  error?: string;
  fieldErrors?: FieldErrors;
  reference?: string;
  values?: FormValues;
};
export type ActionResult<T> = { ok: true; data: T; values?: FormValues } | ActionFailure;

/** The state of a form bound with useActionState: nothing yet, or the last result. */
export type ActionState<T = unknown> = ActionResult<T> | null;

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const fail = (error: string, fieldErrors?: FieldErrors): ActionFailure => ({
  ok: false,
  error,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/** zod issues -> { "person.givenNames": "validation:required" }, first issue per field. */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}
