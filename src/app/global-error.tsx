"use client";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { ErrorNotice } from "@/components/shell/error-notice";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/settings";
import "./globals.css";

// The root layout itself failed (its header counts a staff member's unread messages, so a
// database outage reaches it): this replaces the whole document, so it brings its own <html>.
// Without it Next shows its own English page; this one speaks the page's language and shows
// the same reference as error.tsx. The locale comes from the address, as the failed layout's
// params may be gone.
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
