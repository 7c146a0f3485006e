"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { createOrganizationAction } from "../actions";
import { ORGANIZATION_KINDS } from "../schemas";
import { PlacementFields, type PlacementOptions } from "./placement-fields";

export function OrganizationForm({ locale, options }: { locale: Locale; options: PlacementOptions }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(createOrganizationAction, null);
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
  return (
    <form action={action} className="stack" noValidate>
      <ActionAlert state={state} success={t("admin:organizations.created")} />
      <input type="hidden" name="locale" value={locale} />
      <Field id="org-name" label={t("admin:organizations.name")} error={err("name")}>
        <input
          {...fieldAria("org-name", { error: err("name") })}
          name="name"
          type="text"
          defaultValue={values.name}
          required
        />
      </Field>
      <Field id="org-kind" label={t("admin:organizations.kind")} error={err("kind")}>
        <select
          {...fieldAria("org-kind", { error: err("kind") })}
          name="kind"
          defaultValue={values.kind ?? "POLICE_UNIT"}
        >
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`admin:organizations.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <PlacementFields prefix="org" options={options} values={values} errors={fieldErrors} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("admin:organizations.create")}
        </button>
      </div>
    </form>
  );
}
