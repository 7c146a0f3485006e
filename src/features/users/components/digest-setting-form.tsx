"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { setDigestSettingAction } from "../account-actions";

/** The daily digest checkbox on /account (decision 152). */
export function DigestSettingForm({ locale, on }: { locale: Locale; on: boolean }) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(setDigestSettingAction, null);
  return (
    <form action={action} className="stack">
      <ActionAlert state={state} success={t("auth:account.digest.saved")} />
      <input type="hidden" name="locale" value={locale} />
      <label className="checkbox">
        <input
          type="checkbox"
          name="emailDigest"
          defaultChecked={on}
          aria-describedby="account-digest-hint"
        />
        <span>{t("auth:account.digest.label")}</span>
      </label>
      <p id="account-digest-hint" className="hint">
        {t("auth:account.digest.hint")}
      </p>
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("auth:account.digest.save")}
        </button>
      </div>
    </form>
  );
}
