"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureText } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { addAttendeeAction } from "../actions";
import { AttendeeInput } from "../schemas";
import { useErrorText } from "./use-error-text";

type Key = keyof AttendeeInput;
const EMPTY: AttendeeInput = { name: "", rank: "", unit: "", regionId: "", email: "" };

export function AttendeeForm(props: { sessionId: string; regions: { id: string; name: string }[] }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, reset, setFocus, formState } = useForm<AttendeeInput>({
    resolver: zodResolver(AttendeeInput, undefined, { raw: true }),
    defaultValues: EMPTY,
  });
  const err = (k: Key) => errorText(formState.errors[k]?.message);
  const id = (k: Key) => `attendee-${k}`;
  const aria = (k: Key, hint?: string) => fieldAria(id(k), { hint, error: err(k) });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await addAttendeeAction(props.sessionId, values);
    if (res.ok) {
      setMessage({ ok: true, text: t("attendees.added", { name: values.name }) });
      // Keep region and unit: attendees are usually registered a unit at a time.
      reset({ ...EMPTY, regionId: values.regionId, unit: values.unit });
      setFocus("name");
      return;
    }
    for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as Key, { message: v });
    setMessage({ ok: false, text: failureText(res, t, (k) => errorText(k) ?? k) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-attendee-title">
      <h3 id="add-attendee-title">{t("attendees.add")}</h3>
      <div aria-live="polite">
        {message ? <Alert kind={message.ok ? "success" : "error"}>{message.text}</Alert> : null}
      </div>
      <div className="form-grid">
        <Field id={id("name")} label={t("attendees.name")} error={err("name")}>
          <input type="text" autoComplete="off" {...aria("name")} {...register("name")} />
        </Field>
        <Field
          id={id("rank")}
          label={t("attendees.rank")}
          optionalLabel={t("common:optional")}
          error={err("rank")}
        >
          <input type="text" autoComplete="off" {...aria("rank")} {...register("rank")} />
        </Field>
        <Field
          id={id("unit")}
          label={t("attendees.unit")}
          optionalLabel={t("common:optional")}
          error={err("unit")}
        >
          <input type="text" autoComplete="off" {...aria("unit")} {...register("unit")} />
        </Field>
        <Field
          id={id("regionId")}
          label={t("attendees.region")}
          optionalLabel={t("common:optional")}
          error={err("regionId")}
        >
          <select {...aria("regionId")} {...register("regionId")}>
            <option value="">{t("session.noRegion")}</option>
            {props.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id("email")}
          label={t("attendees.email")}
          hint={t("attendees.emailHint")}
          optionalLabel={t("common:optional")}
          error={err("email")}
        >
          <input type="email" autoComplete="off" {...aria("email", "x")} {...register("email")} />
        </Field>
      </div>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("attendees.adding") : t("attendees.addButton")}
      </button>
    </form>
  );
}
