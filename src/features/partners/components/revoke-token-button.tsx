"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { revokeTokenAction } from "../actions";

export function RevokeTokenButton(props: { id: string; locale: Locale; name: string }) {
  const t = useT(["partners", "common", "validation"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeTokenAction, null);
  return (
    <form action={action}>
      <ActionAlert state={state} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="id" value={props.id} />
      <button
        type="submit"
        className="button button--danger"
        disabled={pending}
        aria-label={`${t("partners:tokens.revoke")}: ${props.name}`}
      >
        {t("partners:tokens.revoke")}
      </button>
    </form>
  );
}
