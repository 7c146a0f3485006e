"use client";
import type { ReactNode } from "react";
import { useT } from "@/i18n/client";
import type { Translate } from "@/i18n/translate";
import type { ActionFailure, ActionState } from "@/server/result";
import { Alert } from "./alert";

/** "Message (Error reference: 1a2b3c4d)": the reference only after an unexpected error. */
export function failureText(failure: ActionFailure, t: Translate, translate: (key: string) => string = t) {
  if (!failure.error) return "";
  const reference = failure.reference ? ` (${t("common:error.reference")}: ${failure.reference})` : "";
  return translate(failure.error) + reference;
}

/**
 * The form-level message of an action's result, the same on every form: the translated error
 * (with the reference to quote after an unexpected one), or the success text. Field errors are
 * shown beside their fields by the form itself. `translate` lets an area map keys of
 * namespaces it does not load (training's copies of the intake's messages).
 */
export function ActionAlert(props: {
  state: ActionState;
  success?: ReactNode;
  translate?: (key: string) => string | undefined;
  id?: string;
}) {
  const t = useT("common");
  const { state } = props;
  if (state && !state.ok && state.error) {
    const translate = props.translate ? (k: string) => props.translate!(k) ?? k : t;
    return (
      <Alert kind="error" id={props.id}>
        {failureText(state, t, translate)}
      </Alert>
    );
  }
  return state?.ok && props.success ? (
    <Alert kind="success" id={props.id}>
      {props.success}
    </Alert>
  ) : null;
}
