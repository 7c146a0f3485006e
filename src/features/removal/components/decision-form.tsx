"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { ChangeState } from "@/server/action";
import { decideRemovalAction } from "../actions";
import { REMOVAL_MESSAGE_MAX } from "../schemas";

/** Keep the page off the public pages, or put it back; with a note for the timeline. */
export function RemovalDecisionForm(props: { caseNumber: string; requestId: string; mayRestore: boolean }) {
  const t = useT(["removal", "common"]);
  const [state, action, pending] = useActionState<ChangeState, FormData>(decideRemovalAction, null);
  const noteId = `removal-note-${props.requestId}`;
  const noteError = state && !state.ok && state.fieldErrors?.note ? t(state.fieldErrors.note) : undefined;
  return (
    <form action={action} noValidate className="stack no-print">
      <input type="hidden" name="caseNumber" value={props.caseNumber} />
      <input type="hidden" name="requestId" value={props.requestId} />
      <fieldset>
        <legend>{t("removal:decide.legend")}</legend>
        <label className="checkbox">
          <input type="radio" name="decision" value="KEEP_HIDDEN" defaultChecked />
          <span>{t("removal:decide.KEEP_HIDDEN")}</span>
        </label>
        {props.mayRestore ? (
          <label className="checkbox">
            <input type="radio" name="decision" value="RESTORE" />
            <span>{t("removal:decide.RESTORE")}</span>
          </label>
        ) : null}
      </fieldset>
      <Field
        id={noteId}
        label={t("removal:decide.note")}
        optionalLabel={t("common:optional")}
        error={noteError}
      >
        <textarea
          {...fieldAria(noteId, { error: noteError })}
          name="note"
          rows={2}
          maxLength={REMOVAL_MESSAGE_MAX}
        />
      </Field>
      <div aria-live="polite">
        <ActionAlert state={state} success={t("removal:decide.done")} />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("removal:decide.submit")}
        </button>
      </div>
    </form>
  );
}
