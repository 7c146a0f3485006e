"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { sealChangeAction, type CaseFormState } from "../actions";
import { SealInput } from "../schemas";

/**
 * Seals a located adult's record, or lifts the seal, with a reason (decision 154). The one schema
 * checks the reason in the browser (react-hook-form) and again in the action; without JavaScript
 * the form is a plain post to the same action and the page shows its result. After a success the
 * page comes back with the other mode, so the success text names the state the record is in now.
 */
export function SealForm(props: { caseNumber: string; mode: "seal" | "unseal" }) {
  const t = useT(["cases", "common"]);
  const sealing = props.mode === "seal";
  const [state, action, pending] = useActionState<CaseFormState, FormData>(sealChangeAction, null);
  // The schema's preprocess steps type its input as unknown: the form's own values are strings.
  const { register, handleSubmit, formState, reset } = useForm<SealInput>({
    resolver: zodResolver(SealInput, undefined, { raw: true }) as never,
    defaultValues: { caseNumber: props.caseNumber, reason: "" },
  });
  // A success empties the field (the page comes back in the other mode).
  useEffect(() => {
    if (state?.ok) reset({ caseNumber: props.caseNumber, reason: "" });
  }, [state, reset, props.caseNumber]);
  // The browser's check first; else the server's (the same schema's keys), also without JavaScript.
  const serverKey = state && !state.ok ? state.fieldErrors?.reason : undefined;
  const key = formState.errors.reason?.message ?? serverKey;
  const error = key ? t(key) : undefined;
  const hint = t(sealing ? "cases:seal.sealHint" : "cases:seal.unsealHint");
  const id = "seal-reason";
  // With JavaScript: checked here first, then posted through the same action as without it.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    return handleSubmit(() => startTransition(() => action(new FormData(el))))(e);
  };
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="no-print">
      {/* Not registered: a registered input gets its value only once JavaScript runs, and the plain
          post needs it. The schema still checks it, from the form's default values. */}
      <input type="hidden" name="caseNumber" value={props.caseNumber} />
      <input type="hidden" name="mode" value={props.mode} />
      <Field
        id={id}
        label={t(sealing ? "cases:seal.sealReason" : "cases:seal.unsealReason")}
        hint={hint}
        error={error}
      >
        <textarea
          {...fieldAria(id, { hint, error })}
          {...register("reason")}
          required
          minLength={3}
          maxLength={500}
          rows={3}
        />
      </Field>
      <div aria-live="polite">
        <ActionAlert state={state} success={t(sealing ? "cases:seal.unsealed" : "cases:seal.sealed")} />
      </div>
      <div className="actions">
        <button type="submit" className={sealing ? "button button--danger" : "button"} disabled={pending}>
          {t(sealing ? "cases:seal.sealSubmit" : "cases:seal.unsealSubmit")}
        </button>
      </div>
    </form>
  );
}
