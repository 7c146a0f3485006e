"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { createUserAction, updateUserAction, type FormState } from "../actions";
import { ROLES } from "../schemas";
import { FormAlert } from "./form-alert";
import { PlacementFields, type PlacementOptions } from "./placement-fields";

/** Create a staff account, or change an existing one's name, role and placement. */
export function UserForm(props: {
  locale: Locale;
  options: PlacementOptions;
  user?: { id: string; values: Record<string, string> };
}) {
  const t = useT(["admin", "auth", "common"]);
  const editing = !!props.user;
  const [state, action, pending] = useActionState<FormState, FormData>(
    editing ? updateUserAction : createUserAction,
    {
      values: props.user?.values,
    },
  );
  const values = state.values ?? {};
  const err = (name: string) => (state.fieldErrors?.[name] ? t(state.fieldErrors[name]!) : undefined);
  const text = (name: string, type: string, extra: Record<string, string | boolean> = {}) => {
    const id = `user-${name}`;
    const error = err(name);
    const hint = name === "password" ? t("auth:account.password.nextHint") : undefined;
    return (
      <Field id={id} label={t(`admin:form.${name}`)} error={error} hint={hint}>
        <input
          {...fieldAria(id, { error, hint })}
          name={name}
          type={type}
          defaultValue={type === "password" ? undefined : values[name]}
          required
          {...extra}
        />
      </Field>
    );
  };
  return (
    <form action={action} className="stack" noValidate>
      <FormAlert
        error={state.error}
        reference={state.reference}
        success={state.done ? t("admin:form.saved") : undefined}
      />
      <input type="hidden" name="locale" value={props.locale} />
      {props.user ? <input type="hidden" name="id" value={props.user.id} /> : null}
      {text("name", "text", { autoComplete: "off" })}
      {editing ? null : text("email", "email", { autoComplete: "off", spellCheck: false })}
      <Field id="user-role" label={t("admin:form.role")} error={err("role")}>
        <select
          {...fieldAria("user-role", { error: err("role") })}
          name="role"
          defaultValue={values.role ?? "POLICE"}
          required
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <PlacementFields
        prefix="user"
        options={props.options}
        values={values}
        errors={state.fieldErrors}
        withOrganization
      />
      {editing ? null : text("password", "password", { autoComplete: "new-password" })}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {editing ? t("admin:form.save") : t("admin:users.create")}
        </button>
      </div>
    </form>
  );
}
