import { Field, fieldAria } from "@/components/ui/field";
import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { FAMILY_NOTE_MAX } from "../family-note-schema";
import { addFamilyNoteAction } from "../track-actions";

/** "Add information for the police": a plain form (works without JavaScript) on the track page. */
export function FamilyNoteForm(props: { locale: Locale; t: TFunction; error?: string }) {
  const { t } = props;
  const id = "family-note-body";
  const hint = t("checkins:note.hint");
  const error = props.error ? t(props.error) : undefined;
  return (
    <form action={addFamilyNoteAction} className="stack" aria-labelledby="family-note-title" noValidate>
      <h3 id="family-note-title">{t("checkins:note.title")}</h3>
      <input type="hidden" name="locale" value={props.locale} />
      <Field id={id} label={t("checkins:note.label")} hint={hint} error={error}>
        <textarea
          {...fieldAria(id, { hint, error })}
          name="body"
          rows={5}
          required
          aria-required
          maxLength={FAMILY_NOTE_MAX}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          {t("checkins:note.submit")}
        </button>
      </div>
    </form>
  );
}
