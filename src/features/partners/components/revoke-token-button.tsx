"use client";
import { useActionState } from "react";
import { FormAlert } from "@/features/admin/components/form-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { revokeTokenAction, type PartnerFormState } from "../actions";

export function RevokeTokenButton(props: { id: string; locale: Locale; name: string }) {
  const t = useT(["partners", "common", "validation"]);
  const [state, action, pending] = useActionState<PartnerFormState<{ revoked: true }>, FormData>(
    revokeTokenAction,
    {},
  );
  return (
    <form action={action}>
      <FormAlert error={state.error} reference={state.reference} />
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
