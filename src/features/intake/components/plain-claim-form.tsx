"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { PHOTO_MIME_TYPES } from "@/lib/case-options";
import { fileClaimWithoutScript, type PlainClaimState } from "../plain-claim-actions";
import { ClaimReceipt } from "./claim-receipt";
import { ConsentFields } from "./consent-step";
import { emptyClaimValues } from "./form-values";
import { PlainLastSeenFields, type RegionOptions } from "./last-seen-step";
import { PersonStep } from "./person-step";
import { PlainClaimContext } from "./plain-claim-context";
import { ReporterStep } from "./reporter-step";

function flatDefaults(locale: Locale): Record<string, string | string[] | boolean> {
  const empty = emptyClaimValues(locale);
  return Object.fromEntries(
    (["person", "lastSeen", "reporter", "consent"] as const).flatMap((part) =>
      Object.entries(empty[part]).map(([k, v]) => [`${part}.${k}`, v]),
    ),
  );
}

/** The first photo error, whether for the list or one file. */
const photoError = (errors: Record<string, string>) =>
  errors.photos ?? Object.entries(errors).find(([k]) => k.startsWith("photos."))?.[1];

/**
 * The report form for a phone without JavaScript (rendered inside <noscript>): every step on one
 * page, posted as a plain form to a server action that validates with the same schema and
 * renders this form again with the errors, or the receipt. React renders it on the server; the
 * form works before (and without) any script.
 */
export function PlainClaimForm(props: {
  locale: Locale;
  regions: RegionOptions;
  today: string;
  submissionId: string;
  origin: string;
}) {
  const t = useT(["intake", "validation", "common", "receipt"]);
  const initial: PlainClaimState = { submissionId: props.submissionId, values: {} };
  const [state, action] = useActionState(fileClaimWithoutScript, initial);
  if (state.receipt)
    return <ClaimReceipt receipt={state.receipt} locale={props.locale} origin={props.origin} />;
  const errors = state.fieldErrors ?? {};
  const values = { ...flatDefaults(props.locale), ...state.values };
  const photos = photoError(errors);
  const photoHint = t("receipt:plain.photosHint");
  return (
    <PlainClaimContext.Provider value={{ values, errors }}>
      <form action={action} className="stack" id="plain-claim-form" aria-label={t("title")} noValidate>
        <p>{t("receipt:plain.intro", { submit: t("submit") })}</p>
        {state.error ? (
          <Alert kind="error">{t(state.error === "validation:invalid" ? "errors.title" : state.error)}</Alert>
        ) : null}
        <input type="hidden" name="submissionId" value={state.submissionId} />
        <h2>{t("steps.person")}</h2>
        <PersonStep today={props.today} />
        <h2>{t("steps.lastSeen")}</h2>
        <PlainLastSeenFields regions={props.regions} today={props.today} locale={props.locale} />
        <h2>{t("steps.photos")}</h2>
        <Field
          id="plain-claim-photos"
          label={t("photos.label")}
          hint={`${t("photos.hint")} ${photoHint}`}
          error={photos ? t(photos) : undefined}
        >
          <input
            {...fieldAria("plain-claim-photos", { hint: photoHint, error: photos })}
            type="file"
            name="photos"
            multiple
            accept={PHOTO_MIME_TYPES.join(",")}
          />
        </Field>
        <h2>{t("steps.reporter")}</h2>
        <ReporterStep />
        <h2>{t("steps.consent")}</h2>
        <ConsentFields />
        <div className="actions">
          <button type="submit" className="button">
            {t("submit")}
          </button>
        </div>
      </form>
    </PlainClaimContext.Provider>
  );
}
