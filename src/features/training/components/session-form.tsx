"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { failureText } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { createSessionAction, updateSessionAction } from "../actions";
import type { SessionFormOptions } from "../form-options";
import { SessionInput, TRAINING_KINDS } from "../schemas";
import { useErrorText } from "./use-error-text";

type Key = keyof SessionInput;

export function SessionForm(props: {
  locale: string;
  options: SessionFormOptions;
  defaults: SessionInput;
  sessionId?: string;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<SessionInput>({
    resolver: zodResolver(SessionInput, undefined, { raw: true }),
    defaultValues: props.defaults,
  });
  const err = (k: Key) => errorText(formState.errors[k]?.message);
  const aria = (k: Key, hint?: string) => fieldAria(k, { hint, error: err(k) });
  const { options } = props;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = props.sessionId
      ? await updateSessionAction(props.sessionId, values)
      : await createSessionAction(values);
    if (res.ok) {
      router.push(`/${props.locale}/training/sessions/${res.data.id}`);
      return;
    }
    for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as Key, { message: v });
    setFormError(res.error ? failureText(res, t, (k) => errorText(k) ?? k) : null);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      <Field id="title" label={t("session.title")} error={err("title")}>
        <input type="text" {...aria("title")} {...register("title")} autoComplete="off" />
      </Field>
      <Field id="kind" label={t("session.kind")} error={err("kind")}>
        <select {...aria("kind")} {...register("kind")}>
          {TRAINING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="form-grid">
        <Field id="startDate" label={t("session.startDate")} error={err("startDate")}>
          <input type="date" {...aria("startDate")} {...register("startDate")} />
        </Field>
        <Field
          id="endDate"
          label={t("session.endDate")}
          optionalLabel={t("common:optional")}
          error={err("endDate")}
        >
          <input type="date" {...aria("endDate")} {...register("endDate")} />
        </Field>
      </div>
      <div className="form-grid">
        <p>
          <strong>{t("session.country")}:</strong> {t(`common:countries.${options.countryCode}`)}
          <input type="hidden" {...register("countryCode")} />
        </p>
        <Field
          id="regionId"
          label={t("session.region")}
          optionalLabel={t("common:optional")}
          error={err("regionId")}
        >
          <select {...aria("regionId")} {...register("regionId")}>
            <option value="">{t("session.noRegion")}</option>
            {options.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="venue" label={t("session.venue")} error={err("venue")}>
        <input type="text" {...aria("venue")} {...register("venue")} />
      </Field>
      <Controller
        control={control}
        name="trainerIds"
        render={({ field }) => (
          <fieldset aria-describedby={err("trainerIds") ? "trainerIds-error" : "trainerIds-hint"}>
            <legend>{t("session.trainers")}</legend>
            <p className="hint" id="trainerIds-hint">
              {t("session.trainersHint")}
            </p>
            {options.trainers.map((u) => (
              <label key={u.id} className="checkbox">
                <input
                  type="checkbox"
                  value={u.id}
                  checked={field.value?.includes(u.id) ?? false}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked
                        ? [...(field.value ?? []), u.id]
                        : (field.value ?? []).filter((id) => id !== u.id),
                    )
                  }
                />
                <span>{u.name}</span>
              </label>
            ))}
            {err("trainerIds") ? (
              <span className="field-error" id="trainerIds-error" role="alert">
                {err("trainerIds")}
              </span>
            ) : null}
          </fieldset>
        )}
      />
      <Field
        id="parentSessionId"
        label={t("session.parent")}
        hint={t("session.parentHint")}
        error={err("parentSessionId")}
      >
        <select {...aria("parentSessionId", "x")} {...register("parentSessionId")}>
          <option value="">{t("session.noParent")}</option>
          {options.parents
            .filter((p) => p.id !== props.sessionId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.startDate.toISOString().slice(0, 10)})
              </option>
            ))}
        </select>
      </Field>
      <Field
        id="partnerOrgs"
        label={t("session.partnerOrgs")}
        hint={t("session.partnerOrgsHint")}
        optionalLabel={t("common:optional")}
        error={err("partnerOrgs")}
      >
        <input type="text" {...aria("partnerOrgs", "x")} {...register("partnerOrgs")} />
      </Field>
      <Field
        id="materials"
        label={t("session.materials")}
        hint={t("session.materialsHint")}
        optionalLabel={t("common:optional")}
        error={err("materials")}
      >
        <textarea {...aria("materials", "x")} {...register("materials")} rows={3} />
      </Field>
      <Field
        id="capacity"
        label={t("session.capacity")}
        optionalLabel={t("common:optional")}
        error={err("capacity")}
      >
        <input type="text" inputMode="numeric" {...aria("capacity")} {...register("capacity")} />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? t("session.saving")
            : props.sessionId
              ? t("session.save")
              : t("session.create")}
        </button>
      </div>
    </form>
  );
}
