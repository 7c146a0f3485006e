"use client";
import { useParams } from "next/navigation";
import { useEffect } from "react";
import { ErrorNotice } from "@/components/shell/error-notice";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";

// Error boundaries are client components and cannot load translations from the server, so the
// few strings they need come from a small generated table (scripts/error-messages.ts: four lines
// per language, not common.json, which would ship every string of it on every page).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ locale: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ErrorNotice locale={locale} digest={error.digest} reset={reset} />;
}
