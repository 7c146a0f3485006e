"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { setLevelRulesAction, type LevelRulesState } from "../exercise-actions";
import { TRAINING_KINDS } from "../schemas";
import { useErrorText } from "./use-error-text";

/** How many graded exercises each level must pass before its certificate (0: none). */
export function LevelRulesForm(props: {
  countryCode: string;
  rules: Record<string, number>;
  canManage: boolean;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<LevelRulesState, FormData>(setLevelRulesAction, null);
  if (!props.canManage)
    return (
      <ul>
        {TRAINING_KINDS.map((k) => (
          <li key={k}>
            {t(`kinds.${k}`)}: {props.rules[k] ?? 0}
          </li>
        ))}
      </ul>
    );
  return (
    <form action={action}>
      <input type="hidden" name="countryCode" value={props.countryCode} />
      {TRAINING_KINDS.map((k) => {
        const err = state && !state.ok ? state.fieldErrors?.[k] : undefined;
        return (
          <div className="field" key={k}>
            <label htmlFor={`rule-${k}`}>{t("levelRules.field", { kind: t(`kinds.${k}`) })}</label>
            <input
              id={`rule-${k}`}
              name={k}
              type="number"
              min={0}
              max={20}
              defaultValue={props.rules[k] ?? 0}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `rule-${k}-error` : undefined}
            />
            {err ? (
              <p className="field-error" id={`rule-${k}-error`}>
                {errorText(err)}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button" disabled={pending}>
        {t("levelRules.save")}
      </button>
      <div aria-live="polite">
        {state?.ok ? <Alert kind="success">{t("levelRules.saved")}</Alert> : null}
        <ActionAlert state={state} translate={errorText} />
      </div>
    </form>
  );
}
