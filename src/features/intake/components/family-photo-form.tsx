import { Field, fieldAria } from "@/components/ui/field";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { addFamilyPhotoAction } from "../track-actions";

/** "Add a photo": a plain multipart form (works without JavaScript) on the track page. */
export function FamilyPhotoForm(props: { locale: Locale; t: TFunction; error?: string }) {
  const { t } = props;
  const id = "family-photo-file";
  const hint = t("checkins:photo.hint");
  const error = props.error ? t(props.error) : undefined;
  return (
    <form action={addFamilyPhotoAction} className="stack" aria-labelledby="family-photo-title" noValidate>
      <h3 id="family-photo-title">{t("checkins:photo.title")}</h3>
      <input type="hidden" name="locale" value={props.locale} />
      <Field id={id} label={t("checkins:photo.label")} hint={hint} error={error}>
        <input
          {...fieldAria(id, { hint, error })}
          type="file"
          name="photo"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-required
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          {t("checkins:photo.submit")}
        </button>
      </div>
    </form>
  );
}
