"use client";
import type { ReactNode } from "react";
import { useT } from "@/i18n/client";
import type { ActionState } from "@/server/result";
import { Alert } from "./alert";

/**
 * The form-level message of an action's result, the same on every form: the translated error
 * (with the reference to quote after an unexpected one), or the success text. Field errors are
 * shown beside their fields by the form itself.
 */
export function ActionAlert(props: { state: ActionState; success?: ReactNode }) {
  const t = useT("common");
  const { state } = props;
  if (state && !state.ok && state.error) {
    return (
      <Alert kind="error">
        {t(state.error)}
        {state.reference ? ` (${t("common:error.reference")}: ${state.reference})` : null}
      </Alert>
    );
  }
  return state?.ok && props.success ? <Alert kind="success">{props.success}</Alert> : null;
}
