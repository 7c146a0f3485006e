"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { submitClaimForm } from "../actions";
import { CLAIM_STEPS, ClaimInput } from "../schemas";
import { ClaimReceipt, type Receipt } from "./claim-receipt";
import { clearDraft } from "./draft-storage";
import { ConsentStep } from "./consent-step";
import { emptyClaimValues, type ClaimFormValues } from "./form-values";
import { LastSeenStep, type RegionOptions } from "./last-seen-step";
import { PersonStep } from "./person-step";
import { PhotosStep, type ChosenPhoto } from "./photos-step";
import { ReporterStep } from "./reporter-step";
import { useClaimDraft } from "./use-claim-draft";

const LAST = CLAIM_STEPS.length - 1;
const stepOf = (path: string) =>
  Math.max(
    0,
    CLAIM_STEPS.findIndex((s) => path === s || path.startsWith(`${s}.`)),
  );

/** The multi-step report form: the only client component of the public pages. */
export function ClaimForm(props: { locale: Locale; regions: RegionOptions; today: string }) {
  const t = useT(["intake", "validation", "common"]);
  const form = useForm<ClaimFormValues>({
    defaultValues: emptyClaimValues(props.locale),
    resolver: zodResolver(ClaimInput) as unknown as Resolver<ClaimFormValues>,
  });
  const [step, setStepState] = useState(0);
  const setStep = useCallback((n: number) => setStepState(Math.min(Math.max(n, 0), LAST)), []);
  const draft = useClaimDraft(form, props.locale, step, setStep);
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  function go(n: number) {
    moved.current = true;
    setFormError(undefined);
    setStep(n);
  }

  /** Focuses the first field marked invalid (after React has rendered the messages). */
  function focusFirstError() {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>("#claim-form [aria-invalid='true']")?.focus(),
    );
  }

  async function next() {
    const name = CLAIM_STEPS[step]!;
    // The step's own fields by full path: react-hook-form tracks errors per registered field.
    const fieldsOf = (part: "person" | "lastSeen" | "reporter" | "consent") =>
      Object.keys(form.getValues(part)).map((k) => `${part}.${k}` as FieldPath<ClaimFormValues>);
    const valid = name === "photos" ? photos.every((p) => !p.error) : await form.trigger(fieldsOf(name));
    if (valid) go(step + 1);
    else focusFirstError();
  }

  function showServerErrors(error: string, fieldErrors: Record<string, string> = {}) {
    setFormError(error);
    const paths = Object.keys(fieldErrors);
    for (const path of paths) {
      const m = /^photos\.(\d+)$/.exec(path);
      if (m)
        setPhotos((ps) => ps.map((p, i) => (i === Number(m[1]) ? { ...p, error: fieldErrors[path] } : p)));
      else if (path === "photos") setPhotoError(fieldErrors[path]);
      else form.setError(path as FieldPath<ClaimFormValues>, { type: "server", message: fieldErrors[path] });
    }
    if (paths.length) go(Math.min(...paths.map(stepOf)));
  }

  async function send() {
    setSending(true);
    setFormError(undefined);
    const data = new FormData();
    data.set("claim", JSON.stringify(form.getValues()));
    for (const p of photos) data.append("photos", p.file);
    try {
      const res = await submitClaimForm(data);
      if (res.ok) {
        clearDraft();
        setReceipt(res.data);
      } else showServerErrors(res.error, res.fieldErrors);
    } catch {
      // The request never got an answer: the draft (and its submission id) is still here.
      setFormError("intake:errors.network");
    } finally {
      setSending(false);
    }
  }

  // Enter in a field moves on a step; only the last step validates everything and sends.
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (step < LAST) {
      e.preventDefault();
      void next();
      return;
    }
    void form.handleSubmit(send, (errors) => {
      go(Math.min(...Object.keys(errors).map(stepOf)));
      focusFirstError();
    })(e);
  }

  if (receipt) {
    return (
      <ClaimReceipt
        receipt={receipt}
        locale={props.locale}
        onAnother={() => {
          draft.discard();
          setPhotos([]);
          setReceipt(null);
        }}
      />
    );
  }

  const name = CLAIM_STEPS[step]!;
  return (
    <FormProvider {...form}>
      {draft.restored ? <Alert kind="info">{t("draftRestored")}</Alert> : null}
      <form
        id="claim-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="claim-step-title"
        aria-busy={sending}
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
            onChange={(ps) => (setPhotos(ps), setPhotoError(undefined))}
            error={photoError}
          />
        ) : null}
        {name === "reporter" ? <ReporterStep /> : null}
        {name === "consent" ? <ConsentStep photos={photos} regions={props.regions} onEdit={go} /> : null}
        {formError ? (
          <Alert kind="error">{t(formError === "validation:invalid" ? "errors.title" : formError)}</Alert>
        ) : null}
        {sending ? <p role="status">{t("sending")}</p> : null}
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
          <button type="submit" className="button" disabled={sending || !draft.ready}>
            {step < LAST ? t("common:next") : t("submit")}
          </button>
        </div>
      </form>
      <div className="actions">
        {confirmReset ? (
          <p role="alert">
            {t("startOverQuestion")}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => (draft.discard(), setPhotos([]), setConfirmReset(false))}
            >
              {t("startOverConfirm")}
            </button>{" "}
            <button type="button" className="link-button" onClick={() => setConfirmReset(false)}>
              {t("common:cancel")}
            </button>
          </p>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirmReset(true)}>
            {t("startOver")}
          </button>
        )}
      </div>
    </FormProvider>
  );
}
