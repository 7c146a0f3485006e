"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";

export interface AccountCheckboxFormProps {
  locale: Locale;
  /** The server action that saves it (account-actions.ts), given the checkbox as `field`. */
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** The checkbox's form field: emailDigest, emailAlerts... */
  field: string;
  /** Where its texts are: `<keys>.label`, `.hint`, `.save` and `.saved` (e.g. auth:account.digest). */
  keys: string;
  on: boolean;
}

/** One on/off setting of the account page: the daily digest (decision 152), alert emails (160). */
export function AccountCheckboxForm({ locale, action: save, field, keys, on }: AccountCheckboxFormProps) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(save, null);
  const hintId = `account-${field}-hint`;
  return (
    <form action={action} className="stack">
      <ActionAlert state={state} success={t(`${keys}.saved`)} />
      <input type="hidden" name="locale" value={locale} />
      <label className="checkbox">
        <input type="checkbox" name={field} defaultChecked={on} aria-describedby={hintId} />
        <span>{t(`${keys}.label`)}</span>
      </label>
      <p id={hintId} className="hint">
        {t(`${keys}.hint`)}
      </p>
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t(`${keys}.save`)}
        </button>
      </div>
    </form>
  );
}
