"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { API_SCOPES, scopeLabelKey } from "@/server/api-scopes";
import type { ActionState } from "@/server/result";
import { createTokenAction } from "../actions";

export interface TokenOrganization {
  id: string;
  name: string;
  countryCode: string;
}

/** Issue a token; the secret comes back once, in the action's answer, and is never stored. */
export function TokenForm(props: {
  locale: Locale;
  organizations: TokenOrganization[];
  countries: string[];
}) {
  const t = useT(["partners", "common", "validation", "admin"]);
  const [state, action, pending] = useActionState<ActionState<{ token: string }>, FormData>(
    createTokenAction,
    null,
  );
  const values = state?.values ?? {};
  const list = (name: string) => (values[name] ? values[name].split(",") : []);
  const text = (name: string) => values[name];
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
  return (
    <form action={action} className="stack" noValidate>
      <ActionAlert state={state} />
      {state?.ok ? (
        <Alert kind="success">
          <p>{t("partners:tokens.created")}</p>
          <label htmlFor="token-secret">{t("partners:tokens.secretLabel")}</label>
          <input id="token-secret" type="text" readOnly value={state.data.token} />
        </Alert>
      ) : null}
      <input type="hidden" name="locale" value={props.locale} />
      <Field id="token-name" label={t("partners:tokens.name")} error={err("name")}>
        <input
          {...fieldAria("token-name", { error: err("name") })}
          name="name"
          type="text"
          maxLength={80}
          defaultValue={text("name")}
          required
        />
      </Field>
      <Field id="token-org" label={t("partners:tokens.organization")} error={err("organizationId")}>
        <select
          {...fieldAria("token-org", { error: err("organizationId") })}
          name="organizationId"
          defaultValue={text("organizationId")}
        >
          {props.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({t(`common:countries.${o.countryCode}`)})
            </option>
          ))}
        </select>
      </Field>
      <Checkboxes
        legend={t("partners:tokens.scopes")}
        name="scopes"
        error={err("scopes")}
        checked={list("scopes")}
        options={API_SCOPES.map((s) => ({ value: s, label: t(scopeLabelKey(s)) }))}
      />
      <Checkboxes
        legend={t("partners:tokens.countries")}
        name="countryCodes"
        error={err("countryCodes")}
        checked={list("countryCodes")}
        options={props.countries.map((c) => ({ value: c, label: t(`common:countries.${c}`) }))}
      />
      <Field id="token-days" label={t("partners:tokens.expiresInDays")} error={err("expiresInDays")}>
        <input
          {...fieldAria("token-days", { error: err("expiresInDays") })}
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          defaultValue={text("expiresInDays") ?? "90"}
        />
      </Field>
      <Field id="token-rate" label={t("partners:tokens.rateLimit")} error={err("rateLimitPerMinute")}>
        <input
          {...fieldAria("token-rate", { error: err("rateLimitPerMinute") })}
          name="rateLimitPerMinute"
          type="number"
          inputMode="numeric"
          min={1}
          max={6000}
          defaultValue={text("rateLimitPerMinute") ?? "120"}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("partners:tokens.create")}
        </button>
      </div>
    </form>
  );
}

function Checkboxes(props: {
  legend: string;
  name: string;
  error?: string;
  checked: string[];
  options: { value: string; label: string }[];
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset className="field" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            defaultChecked={props.checked.includes(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {props.error ? (
        <span className="field-error" id={errorId} role="alert">
          {props.error}
        </span>
      ) : null}
    </fieldset>
  );
}
