"use client";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { RELATIONSHIPS, SEXES } from "@/lib/case-options";
import { useT } from "@/i18n/client";
import { filePracticeClaimAction, type PracticeClaimState } from "../practice-actions";
import styles from "./training.module.css";
import { useErrorText } from "./use-error-text";

/**
 * The practice claim: the fields an officer takes down when a family reports someone missing,
 * checked by the real claim schema on the server. Consent to publish is always off here.
 */
export function PracticeClaimForm(props: {
  locale: string;
  countryCode: string;
  regions: { code: string; name: string }[];
  submissionId: string;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<PracticeClaimState, FormData>(
    filePracticeClaimAction,
    null,
  );
  const values = state?.values ?? {};
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (
    name: string,
    label: string,
    control: (a: ReturnType<typeof fieldAria>) => ReactNode,
    optional = false,
  ) => {
    const id = name.replace(".", "-");
    const error = errorText(errors[name]);
    return (
      <Field id={id} label={label} error={error} optionalLabel={optional ? t("common:optional") : undefined}>
        {control(fieldAria(id, { error }))}
      </Field>
    );
  };
  const text = (name: string, label: string, optional = false, type = "text") =>
    field(
      name,
      label,
      (a) => <input type={type} name={name} defaultValue={values[name] ?? ""} {...a} />,
      optional,
    );
  return (
    <div className="stack">
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {state?.ok ? (
          <Alert kind="success">
            <p>
              <span className="badge badge--practice">{t("common:practice")}</span> {t("practice.claimFiled")}{" "}
              <span className={styles.secret}>{state.data.caseNumber}</span>
            </p>
            <p>
              <Link href={`/${props.locale}/cases`}>{t("practice.lookUpNow")}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
      <form action={action} key={state?.at ?? 0} noValidate className="stack">
        <input type="hidden" name="submissionId" value={state?.submissionId ?? props.submissionId} />
        <input type="hidden" name="lastSeen.country" value={props.countryCode} />
        <input type="hidden" name="reporter.preferredLocale" value={props.locale} />
        <fieldset>
          <legend>{t("practice.claim.person")}</legend>
          {text("person.givenNames", t("practice.claim.givenNames"))}
          {text("person.familyNames", t("practice.claim.familyNames"))}
          {field("person.sex", t("practice.claim.sex"), (a) => (
            <select name="person.sex" defaultValue={values["person.sex"] ?? ""} {...a}>
              <option value="">{t("practice.claim.choose")}</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:sex.${s}`)}
                </option>
              ))}
            </select>
          ))}
          {text("person.approxAge", t("practice.claim.age"))}
        </fieldset>
        <fieldset>
          <legend>{t("practice.claim.lastSeen")}</legend>
          {field(
            "lastSeen.region",
            t("practice.claim.region"),
            (a) => (
              <select name="lastSeen.region" defaultValue={values["lastSeen.region"] ?? ""} {...a}>
                <option value="">{t("practice.claim.choose")}</option>
                {props.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            ),
            true,
          )}
          {text("lastSeen.city", t("practice.claim.city"))}
          {text("lastSeen.date", t("practice.claim.date"), false, "date")}
          {text("lastSeen.time", t("practice.claim.time"), true, "time")}
          {field("lastSeen.circumstances", t("practice.claim.circumstances"), (a) => (
            <textarea
              name="lastSeen.circumstances"
              rows={4}
              defaultValue={values["lastSeen.circumstances"] ?? ""}
              {...a}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("practice.claim.reporter")}</legend>
          {text("reporter.name", t("practice.claim.reporterName"))}
          {field("reporter.relationship", t("practice.claim.relationship"), (a) => (
            <select name="reporter.relationship" defaultValue={values["reporter.relationship"] ?? ""} {...a}>
              <option value="">{t("practice.claim.choose")}</option>
              {RELATIONSHIPS.map((r) => (
                <option key={r} value={r}>
                  {t(`practice.relationships.${r}`)}
                </option>
              ))}
            </select>
          ))}
          {text("reporter.phone", t("practice.claim.phone"), false, "tel")}
          {text("reporter.email", t("practice.claim.email"), true, "email")}
        </fieldset>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("practice.claim.filing") : t("practice.claim.submit")}
        </button>
      </form>
    </div>
  );
}
