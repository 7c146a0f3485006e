import type { Metadata } from "next";
import Link from "next/link";
import { verifyCertificate } from "@/features/training/certificate-data";
import { VerifyResultView } from "@/features/training/components/verify-result";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";

/** A malformed escape is simply not a code (the check then answers "not valid"). */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s).slice(0, 40);
  } catch {
    return "";
  }
}

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  // The address carries a certificate code: never indexed, never sent on as a referrer.
  return {
    title: t("training:verify.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Public, where a certificate's QR code leads: the same rate-limited check as the form, showing
 * only initials, level, dates and whether it is valid.
 */
export default async function VerifyCodePage(props: Props) {
  const locale = await localeFrom(props.params);
  const { code } = await props.params;
  const [t, headers] = await Promise.all([getT(locale, ["training", "common"]), requestHeaders()]);
  const result = await verifyCertificate(decoded(code), hashIp(clientIp(headers)));
  return (
    <div className="stack">
      <h1>{t("training:verify.title")}</h1>
      <VerifyResultView r={result} t={t} locale={locale} />
      <p>
        <Link href={`/${locale}/training/verify`}>{t("training:verify.typeCode")}</Link>
      </p>
    </div>
  );
}
