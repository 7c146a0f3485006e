"use client";
import { useActionState, useState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { addNeighbourPairAction, removeNeighbourPairAction } from "../actions";

/** Two country choices; the pair is stored both ways, so the order does not matter. */
export function AddNeighbourForm({ locale, countries }: { locale: Locale; countries: string[] }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(addNeighbourPairAction, null);
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]!) : undefined);
  // React resets a form after its action, and a reset select falls back to its first option, not
  // to the choice sent back: a fresh form for every result shows a refused pair as it was chosen.
  const [seen, setSeen] = useState(state);
  const [formKey, setFormKey] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setFormKey(formKey + 1);
  }
  const select = (name: "countryCode" | "neighbourCode", label: string) => (
    <Field id={`nb-${name}`} label={label} error={err(name)}>
      <select
        {...fieldAria(`nb-${name}`, { error: err(name) })}
        name={name}
        defaultValue={values[name] ?? ""}
      >
        <option value="">{t("admin:neighbours.choose")}</option>
        {countries.map((c) => (
          <option key={c} value={c}>
            {t(`common:countries.${c}`)}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form key={formKey} action={action} className="stack" noValidate>
      <ActionAlert state={state} success={t("admin:neighbours.added")} />
      <input type="hidden" name="locale" value={locale} />
      {select("countryCode", t("admin:neighbours.country"))}
      {select("neighbourCode", t("admin:neighbours.neighbour"))}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("admin:neighbours.add")}
        </button>
      </div>
    </form>
  );
}

/** One pair's remove button (a plain post; works before JavaScript). */
export function RemoveNeighbourButton({ locale, a, b }: { locale: Locale; a: string; b: string }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(removeNeighbourPairAction, null);
  const label = t("admin:neighbours.remove", {
    a: t(`common:countries.${a}`),
    b: t(`common:countries.${b}`),
  });
  return (
    <form action={action}>
      <ActionAlert state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="countryCode" value={a} />
      <input type="hidden" name="neighbourCode" value={b} />
      <button type="submit" className="button button--secondary" disabled={pending} aria-label={label}>
        {t("admin:neighbours.removeShort")}
      </button>
    </form>
  );
}
