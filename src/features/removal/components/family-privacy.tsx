import { formatDate } from "@/i18n/intl";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import type { FamilyRemovalView } from "../data";
import { RemovalReasonFields } from "./reason-fields";

type FormAction = (form: FormData) => Promise<never>;

/**
 * The family's privacy rights on the track page (decision 150): a copy of their data, asking for
 * the public page to be taken down, and withdrawing the claim. Plain forms and links: no
 * JavaScript needed. The two actions are the track page's own (they check the verified claim).
 */
export async function FamilyPrivacy(props: {
  locale: Locale;
  countryCode: string;
  removals: FamilyRemovalView[];
  fieldErrors?: Record<string, string>;
  requestAction: FormAction;
  withdrawAction: FormAction;
}) {
  const { locale, removals } = props;
  const t = await getT(locale, ["removal", "validation"]);
  const day = (d: Date) => formatDate(d, locale, { country: props.countryCode, style: "long" });
  const withdrawn = removals.some((r) => r.reason === "WITHDRAW_CLAIM");
  const pending = removals.some((r) => r.status === "PENDING" && r.reason !== "WITHDRAW_CLAIM");
  const reasonError = props.fieldErrors?.reason ? t(props.fieldErrors.reason) : null;
  return (
    <section className="stack" aria-labelledby="privacy-title">
      <h3 id="privacy-title">{t("removal:track.title")}</h3>
      <div className="stack" aria-labelledby="copy-title">
        <h4 id="copy-title">{t("removal:track.copyTitle")}</h4>
        <p>{t("removal:track.copyText")}</p>
        <p className="actions">
          <a className="button button--secondary" href={`/${locale}/track/copy`} download id="copy-html">
            {t("removal:track.copyHtml")}
          </a>
          <a
            className="button button--secondary"
            href={`/${locale}/track/copy?format=json`}
            download
            id="copy-json"
          >
            {t("removal:track.copyJson")}
          </a>
        </p>
      </div>
      {removals.length ? (
        <ul id="track-removals">
          {removals.map((r) => (
            <li key={r.at.toISOString()}>
              {t("removal:track.requested", { date: day(r.at), reason: t(`removal:reasons.${r.reason}`) })}{" "}
              <strong>{t(`removal:status.${r.status}`)}</strong>
              {r.decidedAt ? ` (${day(r.decidedAt)})` : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!withdrawn && !pending ? (
        <form action={props.requestAction} className="stack" aria-labelledby="takedown-title" noValidate>
          <h4 id="takedown-title">{t("removal:track.requestTitle")}</h4>
          <p>{t("removal:track.requestText")}</p>
          <input type="hidden" name="locale" value={locale} />
          <RemovalReasonFields t={t} idPrefix="track-removal" error={reasonError} />
          <div className="actions">
            <button type="submit" className="button button--danger">
              {t("removal:track.requestSubmit")}
            </button>
          </div>
        </form>
      ) : null}
      {!withdrawn ? (
        <form action={props.withdrawAction} className="stack" aria-labelledby="withdraw-claim-title">
          <h4 id="withdraw-claim-title">{t("removal:withdraw.title")}</h4>
          <p>{t("removal:withdraw.text")}</p>
          <ul>
            <li>{t("removal:withdraw.effects.public")}</li>
            <li>{t("removal:withdraw.effects.messages")}</li>
            <li>{t("removal:withdraw.effects.police")}</li>
            <li>{t("removal:withdraw.effects.safety")}</li>
          </ul>
          <input type="hidden" name="locale" value={locale} />
          <label className="checkbox">
            <input type="checkbox" name="confirm" value="yes" />
            <span>{t("removal:withdraw.confirm")}</span>
          </label>
          <div className="actions">
            <button type="submit" className="button button--danger">
              {t("removal:withdraw.submit")}
            </button>
          </div>
        </form>
      ) : (
        <p id="claim-withdrawn">{t("removal:withdraw.already")}</p>
      )}
    </section>
  );
}
