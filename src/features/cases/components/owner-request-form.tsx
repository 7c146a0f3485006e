"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { answerOwnerRequestAction, requestOwnerAction } from "../actions";
import { OWNER_REQUEST_NEEDS } from "../schemas";
import { CaseForm } from "./case-form";

/**
 * An officer of another country asks the case's own country for something: a choice the other
 * side reads in its own language, and an optional message (decision 145).
 */
export function OwnerRequestForm(props: { caseNumber: string; country: string }) {
  const t = useT(["cases", "common", "validation"]);
  const hint = t("cases:ownerRequest.messageHint");
  return (
    <CaseForm
      action={requestOwnerAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:ownerRequest.submit", { country: t(`common:countries.${props.country}`) })}
      successText={t("cases:ownerRequest.done")}
    >
      {({ errorFor }) => (
        <>
          <Field id="owner-need" label={t("cases:ownerRequest.needLabel")} error={errorFor("need")}>
            <select {...fieldAria("owner-need", { error: errorFor("need") })} name="need" required>
              {OWNER_REQUEST_NEEDS.map((n) => (
                <option key={n} value={n}>
                  {t(`cases:ownerRequest.needs.${n}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="owner-message"
            label={t("cases:ownerRequest.messageLabel")}
            hint={hint}
            error={errorFor("message")}
          >
            <textarea
              {...fieldAria("owner-message", { hint, error: errorFor("message") })}
              name="message"
              maxLength={1000}
              rows={3}
            />
          </Field>
        </>
      )}
    </CaseForm>
  );
}

/** The owning country's answer to one request: it goes to the officer who asked. */
export function OwnerAnswerForm(props: { caseNumber: string; requestId: string }) {
  const t = useT(["cases", "common", "validation"]);
  const id = `owner-answer-${props.requestId}`;
  return (
    <CaseForm
      action={answerOwnerRequestAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:ownerRequest.answerSubmit")}
      successText={t("cases:ownerRequest.answered")}
    >
      {({ errorFor }) => (
        <>
          <input type="hidden" name="requestId" value={props.requestId} />
          <Field id={id} label={t("cases:ownerRequest.answerLabel")} error={errorFor("message")}>
            <textarea
              {...fieldAria(id, { error: errorFor("message") })}
              name="message"
              required
              maxLength={1000}
              rows={3}
            />
          </Field>
        </>
      )}
    </CaseForm>
  );
}
