"use client";
import { useActionState } from "react";
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
 * The printable certificate. Its verification code exists only in this page's memory: the
 * server keeps a hash, so the code is printed now or a new one is issued later.
 */
export function CertificateSheet(props: {
  attendeeId: string;
  text: CertificateText;
  issuedBefore: string | null;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, issue, pending] = useActionState<IssueState, FormData>(issueCertificateAction, null);
  const code = state?.ok ? state.data.code : null;
  const x = props.text;
  return (
    <div className="stack">
      <div className="no-print stack" aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {code ? (
          <Alert kind="success">
            <p>{t("certificate.issuedOnce")}</p>
          </Alert>
        ) : props.issuedBefore ? (
          <Alert>{t("certificate.reissueWarning", { date: props.issuedBefore })}</Alert>
        ) : (
          <Alert>{t("certificate.notYetIssued")}</Alert>
        )}
        <div className="actions">
          {!code ? (
            <form action={issue}>
              <input type="hidden" name="attendeeId" value={props.attendeeId} />
              <button type="submit" className="button" disabled={pending}>
                {pending
                  ? t("certificate.issuing")
                  : props.issuedBefore
                    ? t("certificate.reissue")
                    : t("certificate.issue")}
              </button>
            </form>
          ) : (
            <button type="button" className="button" onClick={() => window.print()}>
              {t("certificate.print")}
            </button>
          )}
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
        </div>
      </article>
    </div>
  );
}
