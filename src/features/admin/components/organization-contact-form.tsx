"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { updateOrganizationContactAction } from "../actions";

export interface OrganizationContactRow {
  id: string;
  name: string;
  contactPhone: string | null;
  contactHours: string | null;
}

/** One unit's line for families: the phone and hours printed on receipts and the track page. */
export function OrganizationContactForm({ locale, org }: { locale: Locale; org: OrganizationContactRow }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(
    updateOrganizationContactAction,
    null,
  );
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
  const id = (name: string) => `org-${org.id}-${name}`;
  const hoursHint = t("admin:organizations.hoursHint");
  return (
    <form action={action} className="stack" noValidate aria-labelledby={id("title")}>
      <h3 id={id("title")}>{org.name}</h3>
      <ActionAlert state={state} success={t("admin:form.saved")} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organizationId" value={org.id} />
      <Field id={id("phone")} label={t("admin:organizations.phone")} error={err("contactPhone")}>
        <input
          {...fieldAria(id("phone"), { error: err("contactPhone") })}
          name="contactPhone"
          type="tel"
          defaultValue={values.contactPhone ?? org.contactPhone ?? ""}
        />
      </Field>
      <Field
        id={id("hours")}
        label={t("admin:organizations.hours")}
        hint={hoursHint}
        error={err("contactHours")}
      >
        <input
          {...fieldAria(id("hours"), { hint: hoursHint, error: err("contactHours") })}
          name="contactHours"
          type="text"
          defaultValue={values.contactHours ?? org.contactHours ?? ""}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("admin:organizations.saveContact")}
          <span className="visually-hidden">: {org.name}</span>
        </button>
      </div>
    </form>
  );
}
