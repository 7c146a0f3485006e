import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { reportCameHomeAction } from "../track-actions";

/**
 * "The person came home" on the track page: a plain form (works without JavaScript) whose box
 * must be ticked, since it sends the officer to call the family. A server component: no bytes
 * added to the page's JavaScript.
 */
export function CameHomeForm(props: { locale: Locale; t: TFunction; error?: string }) {
  const { t } = props;
  const errorId = "came-home-confirm-error";
  return (
    <form action={reportCameHomeAction} className="stack" aria-labelledby="came-home-title" noValidate>
      <h3 id="came-home-title">{t("checkins:cameHome.title")}</h3>
      <p id="came-home-text">{t("checkins:cameHome.text")}</p>
      <input type="hidden" name="locale" value={props.locale} />
      {props.error ? (
        <p id={errorId} className="field-error">
          {t(props.error)}
        </p>
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          id="came-home-confirm"
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${errorId} came-home-text` : "came-home-text"}
        />
        <span>{t("checkins:cameHome.confirm")}</span>
      </label>
      <div className="actions">
        <button type="submit" className="button">
          {t("checkins:cameHome.submit")}
        </button>
      </div>
    </form>
  );
}
