"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { createUserAction, updateUserAction } from "../actions";
import { ROLES } from "../schemas";
import { PlacementFields, type PlacementOptions } from "./placement-fields";

/** Create a staff account, or change an existing one's name, role and placement. */
export function UserForm(props: {
  locale: Locale;
  options: PlacementOptions;
  user?: { id: string; values: Record<string, string> };
}) {
  const t = useT(["admin", "auth", "common"]);
  const editing = !!props.user;
  const [state, action, pending] = useActionState<ActionState, FormData>(
    editing ? updateUserAction : createUserAction,
    null,
  );
  const values = state?.values ?? props.user?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
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
      <ActionAlert state={state} success={t("admin:form.saved")} />
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
        errors={fieldErrors}
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
