"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { updateRetentionRuleAction } from "../actions";
import {
  RETENTION_ACTIONS_OF,
  RETENTION_FLOOR_DAYS,
  type RetentionAction,
  type RetentionKind,
} from "../schemas";

/** One rule's period and action, saved on its own (each save is one audited change). */
export function RetentionRuleForm(props: {
  locale: Locale;
  rule: { kind: RetentionKind; keepDays: number; action: RetentionAction; inherited: boolean };
}) {
  const t = useT(["retention", "common"]);
  const { kind } = props.rule;
  const [state, action, pending] = useActionState<ActionState, FormData>(updateRetentionRuleAction, null);
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
  const id = `retention-${kind}`;
  const floor = t("retention:rules.floor", { days: RETENTION_FLOOR_DAYS[kind] });
  return (
    <form action={action} className="stack" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`retention:kinds.${kind}.title`)}</h3>
      <p>{t(`retention:kinds.${kind}.help`)}</p>
      {props.rule.inherited ? <p>{t("retention:rules.inherited")}</p> : null}
      <ActionAlert state={state} success={t("retention:rules.saved")} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="kind" value={kind} />
      <Field id={`${id}-days`} label={t("retention:rules.keepDays")} hint={floor} error={err("keepDays")}>
        <input
          {...fieldAria(`${id}-days`, { error: err("keepDays"), hint: floor })}
          name="keepDays"
          type="number"
          inputMode="numeric"
          min={RETENTION_FLOOR_DAYS[kind]}
          defaultValue={values.keepDays ?? String(props.rule.keepDays)}
          required
        />
      </Field>
      <Field id={`${id}-action`} label={t("retention:rules.action")} error={err("action")}>
        <select
          {...fieldAria(`${id}-action`, { error: err("action") })}
          name="action"
          defaultValue={values.action ?? props.rule.action}
        >
          {RETENTION_ACTIONS_OF[kind].map((a) => (
            <option key={a} value={a}>
              {t(`retention:actions.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("retention:rules.save")}
        </button>
      </div>
    </form>
  );
}
