"use client";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { ErrorNotice } from "@/components/shell/error-notice";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";
import "./globals.css";

// The root layout itself failed with a bug (a database outage does not get here: the layout's
// reads fail soft, src/server/layout-read.ts). This replaces the whole document, so it brings its
// own <html>. Without it Next shows its own English page; this one speaks the address's language
// and shows the same reference as error.tsx. It ships on every page, so it imports nothing that
// weighs: the four lines of the generated error-messages.ts, not the i18n bundle, and the locale
// from the address (the failed layout's params are gone).
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const first = usePathname()?.split("/")[1];
  const locale = isLocale(first) ? first : DEFAULT_LOCALE;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang={locale}>
      <body>
        <main id="main">
          <ErrorNotice locale={locale} digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
