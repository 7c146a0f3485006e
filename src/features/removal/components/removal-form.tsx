import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { requestRemovalAction } from "../actions";
import { RemovalReasonFields } from "./reason-fields";

/** The public "take this page down" form: a plain post (works without JavaScript). */
export function RemovalForm(props: { t: TFunction; locale: Locale; publicId: string; error: string | null }) {
  const { t } = props;
  return (
    <form action={requestRemovalAction} className="stack" aria-labelledby="removal-form-title" noValidate>
      <h2 id="removal-form-title">{t("removal:form.title")}</h2>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="publicId" value={props.publicId} />
      <RemovalReasonFields t={t} idPrefix="removal" error={props.error} />
      <p className="hint">{t("removal:form.privacy")}</p>
      <div className="actions">
        <button type="submit" className="button button--danger">
          {t("removal:form.submit")}
        </button>
      </div>
    </form>
  );
}
