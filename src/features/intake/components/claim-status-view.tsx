import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { PoliceContactLine } from "@/components/ui/police-contact";
import { formatDateTime } from "@/i18n/intl";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import type { ClaimStatus } from "../claim-status";
import { contactLineOf } from "../contact-point";
import {
  changeCrossBorderAction,
  forgetClaim,
  stopEmailUpdatesAction,
  stopSmsUpdatesAction,
  withdrawConsentAction,
} from "../track-actions";
import { CROSS_BORDER_CONSENTS } from "@/lib/case-options";
import { CameHomeForm } from "./came-home-form";
import { FamilyNoteForm } from "./family-note-form";
import { FamilyPhotoForm } from "./family-photo-form";
import { formatDay } from "./format-date";

const PUBLISHED = ["photo", "name", "age", "lastSeen", "description"] as const;
// What would help the search is only shown while the person is still searched for.
const OPEN: readonly string[] = ["REPORTED", "VERIFIED", "ACTIVE"];

/** What the reporter may know: status, dates, whom to contact, what is public. No notes. */
export async function ClaimStatusView(props: {
  locale: Locale;
  status: ClaimStatus;
  notice?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** The family's privacy rights (copy, take-down, withdrawal), rendered by the page. */
  privacy?: ReactNode;
}) {
  const { locale, status: s } = props;
  const t = await getT(locale, [
    "track",
    "receipt",
    "notifications",
    "matches",
    "checkins",
    "validation",
    "removal",
    "intake",
  ]);
  const day = (d: Date) => formatDay(d, locale, s.countryCode);
  const allowed = PUBLISHED.filter((k) => s.publication[k]);
  // The unit's own phone and hours when it has them, else the national police line.
  const police = contactLineOf(s.contact, s.countryCode);
  const crossBorderError = props.fieldErrors?.crossBorder;
  return (
    <section className="stack" aria-labelledby="claim-status-title">
      <h2 id="claim-status-title">{t("track:statusTitle", { caseNumber: s.caseNumber })}</h2>
      {/* Hidden online: the service worker shows it only on the copy of this page kept on the
          family's phone, read without a connection (decision 163). */}
      <div hidden data-offline-stale="">
        <Alert kind="info" id="track-offline-copy">
          {t("track:offlineCopy", { date: formatDateTime(new Date(), locale, { country: s.countryCode }) })}
        </Alert>
      </div>
      {s.merged ? <p id="track-merged">{t("track:merged")}</p> : null}
      {props.notice ? (
        <Alert kind="success" id="track-notice">
          {t(props.notice)}
        </Alert>
      ) : null}
      {props.error ? (
        <Alert kind="error" id="track-error">
          {t(props.error)}
        </Alert>
      ) : null}
      {s.infoRequest ? (
        <Alert kind="info" id="track-info-request">
          <strong>{t("notifications:infoRequest.trackTitle")}</strong> ({day(s.infoRequest.at)})
          <br />
          <span style={{ whiteSpace: "pre-wrap" }}>{s.infoRequest.question}</span>
          <br />
          {t("notifications:infoRequest.trackHelp")}
        </Alert>
      ) : null}
      <dl className="details">
        <dt>{t("track:status")}</dt>
        <dd>
          <strong>{t(`common:status.${s.status}`)}</strong>
          <br />
          <span id="track-status-help">
            {s.sealed ? t("track:sealed") : t(`track:statusHelp.${s.status}`)}
          </span>
        </dd>
        <dt>{t("track:filedAt")}</dt>
        <dd>{day(s.filedAt)}</dd>
        <dt>{t("track:lastUpdate")}</dt>
        <dd>{day(s.lastUpdate)}</dd>
        <dt>{t("track:contact")}</dt>
        <dd>
          {s.contact.kind === "organization"
            ? s.contact.name
            : t("track:contactNetwork", { country: t(`common:countries.${s.contact.countryCode}`) })}
          {police ? (
            <>
              <br />
              <PoliceContactLine contact={police} t={t} locale={locale} />
            </>
          ) : null}
          <br />
          <span className="hint">{t("track:contactHint")}</span>
        </dd>
      </dl>
      {OPEN.includes(s.status) ? (
        <>
          <FamilyNoteForm locale={locale} t={t} error={props.fieldErrors?.body} />
          <FamilyPhotoForm locale={locale} t={t} error={props.fieldErrors?.photo} />
          <CameHomeForm locale={locale} t={t} error={props.fieldErrors?.confirm} />
        </>
      ) : null}
      {OPEN.includes(s.status) && s.findability.length ? (
        <section aria-labelledby="findability-title">
          <h3 id="findability-title">{t("matches:findability.title")}</h3>
          <p>{t("matches:findability.intro")}</p>
          <ul>
            {s.findability.map((h) => (
              <li key={h}>{t(`matches:findability.hints.${h}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {s.emailUpdates ? (
        <form action={stopEmailUpdatesAction} className="stack" aria-labelledby="email-updates-title">
          <h3 id="email-updates-title">{t("notifications:track.title")}</h3>
          <p>{t("notifications:track.on")}</p>
          <input type="hidden" name="locale" value={locale} />
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {t("notifications:track.stop")}
            </button>
          </div>
        </form>
      ) : null}
      {s.smsUpdates ? (
        <form action={stopSmsUpdatesAction} className="stack" aria-labelledby="sms-updates-title">
          <h3 id="sms-updates-title">{t("notifications:track.smsTitle")}</h3>
          <p>{t("notifications:track.smsOn")}</p>
          <input type="hidden" name="locale" value={locale} />
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {t("notifications:track.smsStop")}
            </button>
          </div>
        </form>
      ) : null}
      <h3>{t("track:publication.title")}</h3>
      {s.consentWithdrawnAt ? (
        <p>{t("track:publication.withdrawn", { date: day(s.consentWithdrawnAt) })}</p>
      ) : allowed.length === 0 ? (
        <p>{t("track:publication.none")}</p>
      ) : (
        <>
          <p>
            {t("track:publication.allowed")} {allowed.map((k) => t(`track:publication.${k}`)).join(", ")}.
          </p>
          <form action={withdrawConsentAction} className="stack" aria-labelledby="withdraw-title">
            <h4 id="withdraw-title">{t("track:publication.withdrawTitle")}</h4>
            <p>{t("track:publication.withdrawText")}</p>
            <input type="hidden" name="locale" value={locale} />
            <label className="checkbox">
              <input type="checkbox" name="confirm" value="yes" />
              <span>{t("track:publication.confirm")}</span>
            </label>
            <div className="actions">
              <button type="submit" className="button button--danger">
                {t("track:publication.withdraw")}
              </button>
            </div>
          </form>
        </>
      )}
      <form action={changeCrossBorderAction} className="stack" aria-labelledby="cross-border-title">
        <h3 id="cross-border-title">{t("track:crossBorder.title")}</h3>
        <p>{t("intake:consent.crossBorder.hint")}</p>
        <input type="hidden" name="locale" value={locale} />
        <fieldset aria-describedby={crossBorderError ? "cross-border-error" : undefined}>
          <legend>{t("intake:consent.crossBorder.legend")}</legend>
          {crossBorderError ? (
            <p id="cross-border-error" className="field-error">
              {t(crossBorderError)}
            </p>
          ) : null}
          {CROSS_BORDER_CONSENTS.map((level) => (
            <label key={level} className="checkbox">
              <input
                type="radio"
                name="crossBorder"
                value={level}
                defaultChecked={s.crossBorderConsent === level}
              />
              <span>
                {t(`intake:consent.crossBorder.${level}`)}
                <br />
                <span className="hint">{t(`intake:consent.crossBorder.${level}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button button--secondary">
            {t("track:crossBorder.save")}
          </button>
        </div>
      </form>
      {props.privacy}
      <form action={forgetClaim}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--secondary">
          {t("track:another")}
        </button>
      </form>
    </section>
  );
}
