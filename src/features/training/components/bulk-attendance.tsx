"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { markAllAttendeesAction, type BulkState } from "../actions";
import { useErrorText } from "./use-error-text";

/** The id the table's "leave out" boxes name in their `form` attribute. */
export const BULK_FORM_ID = "bulk-attendance";

/**
 * A room of 30 officers is marked in one step: everyone present (or completed) except the boxes
 * ticked in the list below. A plain form, so it works before JavaScript has loaded.
 */
export function BulkAttendanceForm({ sessionId }: { sessionId: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<BulkState, FormData>(markAllAttendeesAction, null);
  return (
    <form id={BULK_FORM_ID} action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset>
        <legend>{t("attendees.bulkTitle")}</legend>
        <p className="hint">{t("attendees.bulkHint")}</p>
        <div className="actions">
          <button
            type="submit"
            name="mark"
            value="attended"
            className="button button--secondary"
            disabled={pending}
          >
            {t("attendees.markAllAttended")}
          </button>
          <button
            type="submit"
            name="mark"
            value="completed"
            className="button button--secondary"
            disabled={pending}
          >
            {t("attendees.markAllCompleted")}
          </button>
        </div>
      </fieldset>
      {state?.ok ? (
        <Alert kind="success">{t("attendees.bulkDone", { count: state.data.changed })}</Alert>
      ) : null}
      <ActionAlert state={state} translate={errorText} />
    </form>
  );
}
