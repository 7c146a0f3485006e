"use client";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { fieldErrorsFrom } from "@/server/result";
import { submitTipAction, type TipActionState } from "../actions";
import { TIP_LIMITS, TipInput } from "../schemas";

const FIELDS = ["what", "where", "when", "contact"] as const;

/**
 * "I have information". A plain form posted to a server action: it works before (or without)
 * JavaScript; with JavaScript the same zod schema checks it first and errors appear at once.
 * `submissionId` comes from the server with the page, so resending after a lost connection
 * stores the tip once.
 */
export function TipForm(props: {
  publicId: string;
  submissionId: string;
  locale: Locale;
  posterPath: string;
}) {
  const t = useT(["bulletin", "validation", "common"]);
  const [state, action, pending] = useActionState<TipActionState, FormData>(submitTipAction, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});

  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);

  function check(e: FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget);
    const parsed = TipInput.safeParse(Object.fromEntries(FIELDS.map((f) => [f, data.get(f) ?? ""])));
    if (parsed.success) return setClientErrors(null);
    e.preventDefault();
    setClientErrors(fieldErrorsFrom(parsed.error.issues));
    const first = parsed.error.issues[0]?.path[0];
    if (typeof first === "string") document.getElementById(`tip-${first}`)?.focus();
  }

  if (state?.ok) {
    return (
      <Alert kind="success">
        <strong>{t("bulletin:tip.sent.title")}</strong>
        <br />
        {t("bulletin:tip.sent.text")}{" "}
        <a href={`${props.posterPath}#tip-title`}>{t("bulletin:tip.sent.again")}</a>
      </Alert>
    );
  }

  const v = state?.values ?? {};
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const hint = (k: string) => t(`bulletin:tip.${k}.hint`);
  const limit = (k: (typeof FIELDS)[number]) => TIP_LIMITS[k];
  return (
    <form action={action} onSubmit={check} noValidate aria-labelledby="tip-title">
      <input type="hidden" name="publicId" value={props.publicId} />
      <input type="hidden" name="submissionId" value={props.submissionId} />
      <input type="hidden" name="locale" value={props.locale} />
      <div ref={summary} tabIndex={-1}>
        {clientErrors ? (
          <Alert kind="error">{t("bulletin:tip.errors.fix")}</Alert>
        ) : (
          <ActionAlert state={state} />
        )}
      </div>
      <Field id="tip-what" label={t("bulletin:tip.what.label")} hint={hint("what")} error={err("what")}>
        <textarea
          name="what"
          required
          maxLength={limit("what")}
          defaultValue={v.what ?? ""}
          {...fieldAria("tip-what", { hint: hint("what"), error: err("what") })}
        />
      </Field>
      {(["where", "when", "contact"] as const).map((k) => (
        <Field
          key={k}
          id={`tip-${k}`}
          label={t(`bulletin:tip.${k}.label`)}
          hint={hint(k)}
          optionalLabel={t("common:optional")}
          error={err(k)}
        >
          <input
            type="text"
            name={k}
            maxLength={limit(k)}
            autoComplete={k === "contact" ? "on" : "off"}
            defaultValue={v[k] ?? ""}
            {...fieldAria(`tip-${k}`, { hint: hint(k), error: err(k) })}
          />
        </Field>
      ))}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("bulletin:tip.sending") : t("bulletin:tip.submit")}
      </button>
    </form>
  );
}
