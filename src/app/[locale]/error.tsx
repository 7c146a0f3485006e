"use client";
import { useParams } from "next/navigation";
import { useEffect } from "react";
import { ERROR_MESSAGES } from "@/components/shell/error-messages";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";

// Error boundaries are client components and cannot load translations from the server, so the
// few strings they need come from a small generated table (see error-messages.ts).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ locale: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  const m = ERROR_MESSAGES[locale];
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="stack" role="alert">
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      {error.digest ? (
        <p>
          {m.reference}: <code>{error.digest}</code>
        </p>
      ) : null}
      <button type="button" className="button" onClick={reset}>
        {m.retry}
      </button>
    </div>
  );
}
