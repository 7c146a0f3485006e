import type { TFunction } from "i18next";
import { Field, fieldAria } from "@/components/ui/field";
import { REMOVAL_MESSAGE_MAX, REQUEST_REASONS } from "../schemas";

/** Why the page should come down (radios) and optional words for the officer. Plain HTML. */
export function RemovalReasonFields(props: { t: TFunction; idPrefix: string; error?: string | null }) {
  const { t, idPrefix } = props;
  const messageId = `${idPrefix}-message`;
  const hint = t("removal:form.messageHint");
  return (
    <>
      <fieldset aria-describedby={props.error ? `${idPrefix}-reason-error` : undefined}>
        <legend>{t("removal:form.reason")}</legend>
        {REQUEST_REASONS.map((r) => (
          <label key={r} className="checkbox">
            <input type="radio" name="reason" value={r} required />
            <span>
              {t(`removal:reasons.${r}`)}
              <br />
              <span className="hint">{t(`removal:reasonHints.${r}`)}</span>
            </span>
          </label>
        ))}
        {props.error ? (
          <span className="field-error" id={`${idPrefix}-reason-error`} role="alert">
            {props.error}
          </span>
        ) : null}
      </fieldset>
      <Field
        id={messageId}
        label={t("removal:form.message")}
        hint={hint}
        optionalLabel={t("removal:form.optional")}
      >
        <textarea
          {...fieldAria(messageId, { hint })}
          name="message"
          rows={4}
          maxLength={REMOVAL_MESSAGE_MAX}
        />
      </Field>
    </>
  );
}
