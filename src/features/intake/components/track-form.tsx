import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { lookUpClaim } from "../track-actions";

/** A plain form (works without JavaScript): case number and tracking code travel in the POST body. */
export async function TrackForm(props: {
  locale: Locale;
  caseNumber?: string;
  /** A one-off hint, e.g. after a check-in's "I have new information". */
  notice?: string;
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
}) {
  const t = await getT(props.locale, ["track", "validation", "common", "checkins"]);
  const input = (name: "caseNumber" | "trackingCode", hintKey: string, defaultValue?: string) => {
    const id = `track-${name}`;
    const hint = t(hintKey);
    const error = props.fieldErrors?.[name] ? t(props.fieldErrors[name]) : undefined;
    return (
      <Field
        id={id}
        label={t(`track:${name}`)}
        hint={hint}
        error={error}
        optionalLabel={t("common:required")}
      >
        <input
          {...fieldAria(id, { hint, error })}
          name={name}
          type="text"
          required
          aria-required
          maxLength={40}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      </Field>
    );
  };
  return (
    <form action={lookUpClaim} className="stack" aria-label={t("track:title")} noValidate>
      <p>{t("track:intro")}</p>
      {props.notice ? (
        <Alert kind="info" id="track-notice">
          {t(props.notice)}
        </Alert>
      ) : null}
      {props.error ? (
        <Alert kind="error" id="track-error">
          {t(props.error)}
          {props.reference ? ` (${t("common:error.reference")}: ${props.reference})` : null}
        </Alert>
      ) : null}
      <input type="hidden" name="locale" value={props.locale} />
      {input("caseNumber", "track:caseNumberHint", props.caseNumber)}
      {input("trackingCode", "track:trackingCodeHint")}
      <div className="actions">
        <button type="submit" className="button">
          {t("track:submit")}
        </button>
      </div>
      <p className="hint">{t("track:lostCode")}</p>
    </form>
  );
}
