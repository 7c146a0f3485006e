import type { TFunction } from "i18next";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/i18n/settings";
import { startRematchAction } from "../actions";

/** The super-admin's "re-match everything" (a background job); a plain form. */
export function RematchPanel(props: { t: TFunction; locale: Locale; outcome?: string }) {
  const { t } = props;
  return (
    <section aria-labelledby="rematch-title" className="stack">
      <h2 id="rematch-title">{t("matches:rematch.title")}</h2>
      {props.outcome === "queued" ? <Alert kind="success">{t("matches:rematch.queued")}</Alert> : null}
      {props.outcome === "failed" ? <Alert kind="error">{t("common:errors.unexpected")}</Alert> : null}
      <p id="rematch-help">{t("matches:rematch.help")}</p>
      <form action={startRematchAction} className="actions">
        <input type="hidden" name="locale" value={props.locale} />
        <button type="submit" className="button button--secondary" aria-describedby="rematch-help">
          {t("matches:rematch.start")}
        </button>
      </form>
    </section>
  );
}
