"use client";
import { ERROR_MESSAGES } from "./error-messages";
import type { Locale } from "@/i18n/settings";

// What both error boundaries show: the apology, a retry, and the reference the user can quote.
// The reference is Next's digest of the error: the request id for database failures
// (src/server/error-reference.ts), else Next's hash; either is on the error's JSON log line
// (src/server/request-errors.ts), so support finds the request by grepping for it.
export function ErrorNotice({
  locale,
  digest,
  reset,
}: {
  locale: Locale;
  digest?: string;
  reset: () => void;
}) {
  const m = ERROR_MESSAGES[locale];
  return (
    <div className="stack" role="alert">
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      {digest ? (
        <p>
          {m.reference}: <code>{digest}</code>
        </p>
      ) : null}
      <button type="button" className="button" onClick={reset}>
        {m.retry}
      </button>
    </div>
  );
}
