"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { restoreRetainedAction } from "../actions";

/** Restores one case (and its photos) from the undo window; the case number goes in the POST body. */
export function RestoreButton(props: { locale: Locale; caseNumber: string }) {
  const t = useT(["retention", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(restoreRetainedAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="caseNumber" value={props.caseNumber} />
      <ActionAlert state={state} success={t("retention:undo.restored")} />
      <button type="submit" className="button" disabled={pending || !!state?.ok}>
        {t("retention:undo.restore")} <span className="visually-hidden">{props.caseNumber}</span>
      </button>
    </form>
  );
}
