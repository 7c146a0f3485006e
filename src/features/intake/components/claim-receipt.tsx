import { useEffect, useRef } from "react";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import styles from "./claim-form.module.css";

export interface Receipt {
  caseNumber: string;
  trackingCode: string | null;
  created: boolean;
}

/** Shown once after the server acknowledged the claim: the two things the family must keep. */
export function ClaimReceipt(props: { receipt: Receipt; locale: Locale; onAnother: () => void }) {
  const t = useT(["intake"]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { caseNumber, trackingCode, created } = props.receipt;
  return (
    <section className={`stack ${styles.receipt}`} aria-labelledby="claim-receipt-title">
      <h2 id="claim-receipt-title" ref={heading} tabIndex={-1}>
        {t("success.title")}
      </h2>
      {created ? null : <p>{t("success.replayed")}</p>}
      <dl className="details">
        <dt>{t("success.caseNumber")}</dt>
        <dd>
          <span className={styles.code} data-testid="case-number">
            {caseNumber}
          </span>
        </dd>
        {trackingCode ? (
          <>
            <dt>{t("success.trackingCode")}</dt>
            <dd>
              <span className={styles.code} data-testid="tracking-code">
                {trackingCode}
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <strong>{trackingCode ? t("success.writeDown") : t("success.noCode")}</strong>
      </p>
      <p>{t("success.next")}</p>
      <div className="actions no-print">
        <a className="button" href={`/${props.locale}/track`}>
          {t("success.track")}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("success.print")}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onAnother}>
          {t("success.another")}
        </button>
      </div>
    </section>
  );
}
