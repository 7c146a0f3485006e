"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { PoliceContactLine } from "@/components/ui/police-contact";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { PoliceContact } from "@/lib/police-contacts";
import styles from "./claim-receipt.module.css";
import { CopyButton } from "./copy-button";
import { formatDay } from "./format-date";
import { formatDateTime } from "@/i18n/intl";
import { StartOver } from "./start-over";

export interface Receipt {
  caseNumber: string;
  trackingCode: string | null;
  created: boolean;
  /** The unit to call, with its phone and hours, as the server chose it (contact-point.ts). */
  contact?: PoliceContact | null;
  /** Set when the receipt is kept on this phone (kept-receipt.ts): filed then, forgotten then. */
  filedAt?: number;
  keptUntil?: number;
}

/** One code on its own line, never broken inside (the family copies it letter by letter). */
function CodeLine(props: { label: string; copyLabel: string; value: string; testId: string }) {
  const t = useT(["receipt"]);
  return (
    <div className={styles.codeBlock}>
      <p className={styles.codeLabel}>{props.label}</p>
      <p>
        <code className={styles.code} data-testid={props.testId}>
          {props.value}
        </code>
      </p>
      <CopyButton value={props.value} label={props.copyLabel} done={t("copied")} failed={t("copyFailed")} />
    </div>
  );
}

/** Shown once after the server acknowledged the claim: the two things the family must keep. */
export function ClaimReceipt(props: {
  receipt: Receipt;
  locale: Locale;
  /** The public address as the server knows it (the browser's own is used once it runs). */
  origin: string;
  onAnother?: () => void;
  /** Removes the receipt kept on this phone (only with JavaScript, which keeps it). */
  onForget?: () => void;
  /** Shown under the heading: the photos still on their way (photo-uploads.tsx). */
  children?: ReactNode;
}) {
  const t = useT(["intake", "receipt"]);
  const heading = useRef<HTMLHeadingElement>(null);
  const origin = useBrowserValue(() => window.location.origin, props.origin);
  useEffect(() => heading.current?.focus(), []);
  const { caseNumber, trackingCode, created, filedAt, keptUntil } = props.receipt;
  const contact = props.receipt.contact;
  const trackPath = `/${props.locale}/track`;
  // The receipt appears the moment the server acknowledged the claim (or comes back from this
  // phone with that moment): the day in the case's country.
  const country = caseNumber.slice(0, 2);
  const filedOn = formatDay(filedAt === undefined ? new Date() : new Date(filedAt), props.locale, country);
  return (
    <section
      className={`stack ${styles.receipt}`}
      aria-labelledby="claim-receipt-title"
      data-testid="receipt"
    >
      <h2 id="claim-receipt-title" ref={heading} tabIndex={-1}>
        {t("success.title")}
      </h2>
      {created ? null : <p>{t("success.replayed")}</p>}
      {props.children}
      <CodeLine
        label={t("success.caseNumber")}
        copyLabel={t("receipt:copyCaseNumber")}
        value={caseNumber}
        testId="case-number"
      />
      {trackingCode ? (
        <CodeLine
          label={t("success.trackingCode")}
          copyLabel={t("receipt:copyTrackingCode")}
          value={trackingCode}
          testId="tracking-code"
        />
      ) : null}
      <p>
        <strong>{trackingCode ? t("success.writeDown") : t("success.noCode")}</strong>
      </p>
      <ul className={styles.facts}>
        <li>{t("receipt:filedOn", { date: filedOn })}</li>
        <li>
          {t("receipt:trackAt")} <span className={styles.address}>{`${origin}${trackPath}`}</span>
        </li>
        {contact ? (
          <li>
            <PoliceContactLine
              contact={contact}
              t={t}
              locale={props.locale}
              phoneClassName={styles.address}
            />
          </li>
        ) : null}
      </ul>
      <p>{t("success.next")}</p>
      {keptUntil && props.onForget ? (
        <div className="no-print" data-testid="receipt-kept">
          <p>
            {t("receipt:kept.note", {
              time: formatDateTime(new Date(keptUntil), props.locale, { country }),
            })}
          </p>
          <StartOver
            onConfirm={props.onForget}
            label={t("receipt:kept.remove")}
            question={t("receipt:kept.question")}
            confirm={t("receipt:kept.confirm")}
          />
        </div>
      ) : null}
      <div className="actions no-print">
        <a className="button" href={trackPath}>
          {t("success.track")}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("receipt:printOrSave")}
        </button>
        {props.onAnother ? (
          <button type="button" className="button button--secondary" onClick={props.onAnother}>
            {t("success.another")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
