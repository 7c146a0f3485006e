"use client";
import { useActionState, type ReactNode } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { addFoundNoteAction, changeFoundStatusAction, type FoundFormState } from "../actions";
import type { FoundStatusCode } from "../options";

type FoundAction = (prev: FoundFormState, form: FormData) => Promise<FoundFormState>;

/** A small form posting to one found-record action; fields re-mount empty after a success. */
function WorkForm(props: {
  action: FoundAction;
  foundNumber: string;
  title: string;
  submitLabel: string;
  successText: string;
  children: (errorFor: (name: string) => string | undefined) => ReactNode;
}) {
  const t = useT(["found", "validation", "common"]);
  const [state, action, pending] = useActionState<FoundFormState, FormData>(props.action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errorFor = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]) : undefined);
  return (
    <form action={action} noValidate className="no-print stack">
      <h3>{props.title}</h3>
      <input type="hidden" name="foundNumber" value={props.foundNumber} />
      <div key={state?.ok ? state.data.version : 0}>{props.children(errorFor)}</div>
      <div aria-live="polite">
        <ActionAlert state={state} success={props.successText} />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

export function FoundStatusForm(props: {
  foundNumber: string;
  from: FoundStatusCode;
  options: FoundStatusCode[];
}) {
  const t = useT(["found", "common"]);
  return (
    <WorkForm
      action={changeFoundStatusAction}
      foundNumber={props.foundNumber}
      title={t("found:status.title")}
      submitLabel={t("found:status.submit")}
      successText={t("found:status.done")}
    >
      {(errorFor) => (
        <>
          <input type="hidden" name="from" value={props.from} />
          <Field id="found-status-to" label={t("found:status.to")} error={errorFor("to")}>
            <select {...fieldAria("found-status-to", { error: errorFor("to") })} name="to" required>
              {props.options.map((s) => (
                <option key={s} value={s}>
                  {t(`found:statuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="found-status-reason"
            label={t("found:status.reason")}
            hint={t("found:status.reasonHint")}
            error={errorFor("reason")}
          >
            <textarea
              {...fieldAria("found-status-reason", {
                hint: t("found:status.reasonHint"),
                error: errorFor("reason"),
              })}
              name="reason"
              required
              maxLength={500}
              rows={3}
            />
          </Field>
        </>
      )}
    </WorkForm>
  );
}

export function FoundNoteForm(props: { foundNumber: string }) {
  const t = useT(["found", "common"]);
  return (
    <WorkForm
      action={addFoundNoteAction}
      foundNumber={props.foundNumber}
      title={t("found:note.title")}
      submitLabel={t("found:note.submit")}
      successText={t("found:note.done")}
    >
      {(errorFor) => (
        <Field id="found-note-body" label={t("found:note.body")} error={errorFor("body")}>
          <textarea
            {...fieldAria("found-note-body", { error: errorFor("body") })}
            name="body"
            required
            rows={3}
            maxLength={4000}
          />
        </Field>
      )}
    </WorkForm>
  );
}
