"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { setAlertSettingAction } from "../account-actions";

/** The alert-email checkbox on /account (decision 160). */
export function AlertSettingForm({ locale, on }: { locale: Locale; on: boolean }) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(setAlertSettingAction, null);
  return (
    <form action={action} className="stack">
      <ActionAlert state={state} success={t("auth:account.alerts.saved")} />
      <input type="hidden" name="locale" value={locale} />
      <label className="checkbox">
        <input
          type="checkbox"
          name="emailAlerts"
          defaultChecked={on}
          aria-describedby="account-alerts-hint"
        />
        <span>{t("auth:account.alerts.label")}</span>
      </label>
      <p id="account-alerts-hint" className="hint">
        {t("auth:account.alerts.hint")}
      </p>
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("auth:account.alerts.save")}
        </button>
      </div>
    </form>
  );
}
