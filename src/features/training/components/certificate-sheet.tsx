"use client";
import { useActionState, type ReactNode } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { issueCertificateAction, type IssueState } from "../actions";
import styles from "./training.module.css";
import { useErrorText } from "./use-error-text";

export interface CertificateText {
  network: string;
  heading: string;
  certifies: string;
  name: string;
  detail: string;
  completed: string;
  when: string;
  trainers: string;
  verifyAt: string;
}

/**
 * The printable certificate with its verification code and a QR code of the public check. The
 * code is derived again on the server for each view (decision 151): it can be printed again.
 */
export function CertificateSheet(props: {
  attendeeId: string;
  text: CertificateText;
  issuedBefore: string | null;
  /** The current code and its QR code (drawn on the server); null until issued. */
  code: string | null;
  qr: ReactNode;
  /** Exercises passed and required by the session's level; issuing waits for them. */
  passed: number;
  required: number;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, issue, pending] = useActionState<IssueState, FormData>(issueCertificateAction, null);
  const code = props.code ?? (state?.ok ? state.data.code : null);
  const justIssued = state?.ok ?? false;
  const blocked = props.passed < props.required;
  const x = props.text;
  return (
    <div className="stack">
      <div className="no-print stack" aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {props.required > 0 ? (
          <p data-testid="certificate-exercises">
            {t("certificate.exercises", { passed: props.passed, required: props.required })}
          </p>
        ) : null}
        {justIssued ? (
          <Alert kind="success">
            <p>{t("certificate.issuedNow")}</p>
          </Alert>
        ) : code ? (
          <Alert>{t("certificate.issuedOn", { date: props.issuedBefore })}</Alert>
        ) : props.issuedBefore ? (
          <Alert>{t("certificate.secretChanged", { date: props.issuedBefore })}</Alert>
        ) : blocked ? (
          <Alert>{t("certificate.needsExercises", { count: props.required - props.passed })}</Alert>
        ) : (
          <Alert>{t("certificate.notYetIssued")}</Alert>
        )}
        <div className="actions">
          {code ? (
            <button type="button" className="button" onClick={() => window.print()}>
              {t("certificate.print")}
            </button>
          ) : null}
          {!blocked ? (
            <form action={issue}>
              <input type="hidden" name="attendeeId" value={props.attendeeId} />
              <button
                type="submit"
                className={code ? "button button--secondary" : "button"}
                disabled={pending}
              >
                {pending
                  ? t("certificate.issuing")
                  : props.issuedBefore
                    ? t("certificate.reissue")
                    : t("certificate.issue")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      <article className={styles.certificate} aria-labelledby="certificate-heading">
        <p>{x.network}</p>
        <h2 id="certificate-heading">{x.heading}</h2>
        <p>{x.certifies}</p>
        <p className={styles.certificateName}>{x.name}</p>
        {x.detail ? <p>{x.detail}</p> : null}
        <p>{x.completed}</p>
        <p>{x.when}</p>
        {x.trainers ? <p>{x.trainers}</p> : null}
        <div className={styles.certificateCode}>
          <p>
            {t("certificate.code")}:{" "}
            {code ? (
              <span className={styles.secret} data-testid="certificate-code">
                {code}
              </span>
            ) : (
              <span>{t("certificate.codePending")}</span>
            )}
          </p>
          <p>{x.verifyAt}</p>
          {props.qr}
        </div>
      </article>
    </div>
  );
}
