"use client";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { CLAIM_STEPS } from "../steps";
import { ClaimReceipt } from "./claim-receipt";
import { lazyClaimResolver, preloadClaimResolver } from "./claim-resolver";
import { ConsentStep, preloadReview } from "./consent-step";
import { emptyClaimValues, type ClaimFormValues } from "./form-values";
import { forgetReceipt } from "./kept-receipt";
import { LastSeenStep, type RegionOptions } from "./last-seen-step";
import { PersonStep } from "./person-step";
import { PhotoUploads } from "./photo-uploads";
import { PhotosStep, photosReady, type ChosenPhoto } from "./photos-step";
import { ReporterStep } from "./reporter-step";
import { StartOver } from "./start-over";
import { useClaimDraft } from "./use-claim-draft";
import { useKeptPhotos } from "./use-kept-photos";
import { stepOf, useClaimSubmission } from "./use-claim-submission";
import { usePhotoUploads } from "./use-photo-uploads";

const LAST = CLAIM_STEPS.length - 1;

/**
 * Focuses the first field marked invalid once React has rendered the messages (a few frames
 * at most: the first check may wait for the schema to load).
 */
function focusFirstError(framesLeft = 10) {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>("#claim-form [aria-invalid='true']");
    if (field) field.focus();
    else if (framesLeft > 0) focusFirstError(framesLeft - 1);
  });
}

/** The multi-step report form: the only client component of the public pages. */
export function ClaimForm(props: { locale: Locale; regions: RegionOptions; today: string; origin: string }) {
  const t = useT(["intake", "validation", "common"]);
  const form = useForm<ClaimFormValues>({
    defaultValues: emptyClaimValues(props.locale),
    resolver: lazyClaimResolver,
  });
  const [step, setStepState] = useState(0);
  const setStep = useCallback((n: number) => setStepState(Math.min(Math.max(n, 0), LAST)), []);
  const draft = useClaimDraft(form, props.locale, step, setStep);
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const go = (n: number) => {
    moved.current = true;
    submission.setFormError(undefined);
    setStep(n);
  };
  const uploads = usePhotoUploads();
  const submission = useClaimSubmission({
    form,
    photos,
    setPhotos,
    setPhotoError,
    go,
    onFiled: (id, files) => void uploads.start(id, files),
  });
  // Not once filed: the draft's photos are deleted with the draft (draft-storage.ts).
  const keptPhotos = useKeptPhotos({
    photos,
    setPhotos,
    submissionId: draft.ready && !submission.receipt ? form.getValues("submissionId") : null,
  });

  // After a step change, move focus to the new step's heading (not on first load).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  async function next() {
    const name = CLAIM_STEPS[step]!;
    // The step's own fields by full path: react-hook-form tracks errors per registered field.
    const fieldsOf = (part: "person" | "lastSeen" | "reporter" | "consent") =>
      Object.keys(form.getValues(part)).map((k) => `${part}.${k}` as FieldPath<ClaimFormValues>);
    if (name === "photos" && photos.some((p) => p.preparing)) {
      setPhotoError("intake:photos.wait");
      return;
    }
    const valid = name === "photos" ? photosReady(photos) : await form.trigger(fieldsOf(name));
    if (valid) go(step + 1);
    else focusFirstError();
  }

  // Enter in a field moves on a step; only the last step validates everything and sends.
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (step < LAST) {
      e.preventDefault();
      void next();
      return;
    }
    void form.handleSubmit(submission.send, (errors) => {
      go(Math.min(...Object.keys(errors).map(stepOf)));
      focusFirstError();
    })(e);
  }

  function startAgain() {
    draft.discard();
    setPhotos([]);
    uploads.reset();
    forgetReceipt();
    submission.setReceipt(null);
  }

  if (submission.receipt) {
    return (
      <ClaimReceipt
        receipt={submission.receipt}
        locale={props.locale}
        origin={props.origin}
        onAnother={startAgain}
        onForget={startAgain}
      >
        <PhotoUploads uploads={uploads.uploads} onRetry={uploads.retry} />
      </ClaimReceipt>
    );
  }

  const name = CLAIM_STEPS[step]!;
  const { sending, queued, queuedPhotos, formError } = submission;
  return (
    <FormProvider {...form}>
      {draft.restored ? <Alert kind="info">{t("draftRestored")}</Alert> : null}
      <form
        id="claim-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="claim-step-title"
        aria-busy={sending}
        onFocus={() => (preloadClaimResolver(), preloadReview())}
      >
        <p className="hint">{t("progress", { current: step + 1, total: CLAIM_STEPS.length })}</p>
        <h2 id="claim-step-title" ref={heading} tabIndex={-1}>
          {t(`steps.${name}`)}
        </h2>
        {name === "person" ? <PersonStep today={props.today} /> : null}
        {name === "lastSeen" ? <LastSeenStep regions={props.regions} today={props.today} /> : null}
        {name === "photos" ? (
          <PhotosStep
            photos={photos}
            onChange={(update) => (setPhotos(update), setPhotoError(undefined))}
            error={photoError}
            notKept={keptPhotos.refused}
          />
        ) : null}
        {name === "reporter" ? <ReporterStep /> : null}
        {name === "consent" ? <ConsentStep photos={photos} regions={props.regions} onEdit={go} /> : null}
        {formError ? (
          <Alert kind="error">{t(formError === "validation:invalid" ? "errors.title" : formError)}</Alert>
        ) : null}
        {sending ? <p role="status">{t("sending")}</p> : null}
        {queued ? (
          <Alert kind="info">
            {t(queued === "sending" ? "queue.sending" : "queue.saved")}
            {queuedPhotos
              ? ` ${t(queuedPhotos === "kept" ? "queue.photosKept" : "queue.photosLater")}`
              : null}
          </Alert>
        ) : null}
        <div className="actions">
          {step > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(step - 1)}
              disabled={sending}
            >
              {t("common:back")}
            </button>
          ) : null}
          <button type="submit" className="button" disabled={sending || queued === "sending" || !draft.ready}>
            {step < LAST ? t("common:next") : t("submit")}
          </button>
        </div>
      </form>
      <div className="actions">
        <StartOver onConfirm={startAgain} />
      </div>
    </FormProvider>
  );
}
