"use client";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";

/** The form-level message of an action's result: error (with reference) or success. */
export function FormAlert(props: { error?: string; reference?: string; success?: string }) {
  const t = useT(["admin", "common"]);
  if (props.error) {
    return (
      <Alert kind="error">
        {t(props.error)}
        {props.reference ? ` (${t("common:error.reference")}: ${props.reference})` : null}
      </Alert>
    );
  }
  return props.success ? <Alert kind="success">{props.success}</Alert> : null;
}
