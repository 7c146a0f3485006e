"use client";
import { useState, useSyncExternalStore } from "react";
import { useT } from "@/i18n/client";
import styles from "./bulletin.module.css";

const subscribeNever = () => () => {};

/**
 * The poster's link, always visible and selectable (works without JavaScript), plus buttons that
 * only appear once JavaScript runs: copy, the phone's share sheet when it has one, and print.
 */
export function ShareActions({ url, title }: { url: string; title: string }) {
  const t = useT(["bulletin"]);
  // False in the server render and before hydration, true once JavaScript runs in the browser.
  const ready = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    subscribeNever,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t("bulletin:share.copied"));
    } catch {
      setMessage(t("bulletin:share.copyFailed"));
    }
  }
  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet is not an error worth reporting.
    }
  }

  return (
    <div className={`no-print ${styles.shareRow}`}>
      <label htmlFor="poster-url">{t("bulletin:share.linkLabel")}</label>
      <input id="poster-url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      {ready ? (
        <div className="actions">
          <button type="button" className="button" onClick={copy}>
            {t("bulletin:share.copy")}
          </button>
          {canShare ? (
            <button type="button" className="button button--secondary" onClick={share}>
              {t("bulletin:share.share")}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t("bulletin:share.print")}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
