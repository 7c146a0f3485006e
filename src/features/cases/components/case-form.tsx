"use client";
import { useActionState, type ReactNode } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { CaseFormState } from "../actions";

type CaseAction = (prev: CaseFormState, form: FormData) => Promise<CaseFormState>;

/**
 * A small form posting to one case action. The result message is announced; after a success
 * the fields re-mount empty (`version` changes), after a failure they keep what was typed.
 */
export function CaseForm(props: {
  action: CaseAction;
  caseNumber: string;
  submitLabel: string;
  successText: string;
  danger?: boolean;
  children: (ctx: { errorFor: (name: string) => string | undefined }) => ReactNode;
}) {
  const t = useT(["cases", "common"]);
  const [state, action, pending] = useActionState<CaseFormState, FormData>(props.action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errorFor = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]) : undefined);
  return (
    <form action={action} noValidate className="no-print">
      <input type="hidden" name="caseNumber" value={props.caseNumber} />
      <div key={state?.ok ? state.data.version : 0}>{props.children({ errorFor })}</div>
      <div aria-live="polite">
        <ActionAlert state={state} success={props.successText} />
      </div>
      <div className="actions">
        <button
          type="submit"
          className={props.danger ? "button button--danger" : "button"}
          disabled={pending}
        >
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
