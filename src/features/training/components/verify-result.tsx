import { Alert } from "@/components/ui/alert";
import type { VerifyResult } from "../certificate-data";
import { formatDateRange } from "../format";

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The answer of the public check, from the form or from a certificate's QR code: valid or not,
 * with the holder's initials, the level and the dates only (never the full name).
 */
export function VerifyResultView({ r, t, locale }: { r: VerifyResult; t: T; locale: string }) {
  if (r.status === "rateLimited") return <Alert kind="error">{t("common:errors.rateLimited")}</Alert>;
  if (r.status === "invalid")
    return (
      <Alert kind="error">
        <h2>{t("training:verify.invalid")}</h2>
        <p>{t("training:verify.invalidText")}</p>
      </Alert>
    );
  return (
    <Alert kind="success">
      <h2>{t("training:verify.valid")}</h2>
      <dl className="details">
        <dt>{t("training:verify.initials")}</dt>
        <dd data-testid="verify-initials">{r.initials}</dd>
        <dt>{t("training:verify.level")}</dt>
        <dd>{t(`training:kinds.${r.kind}`)}</dd>
        <dt>{t("training:verify.date")}</dt>
        <dd>{formatDateRange(locale, new Date(r.startDate), r.endDate ? new Date(r.endDate) : null)}</dd>
      </dl>
    </Alert>
  );
}
