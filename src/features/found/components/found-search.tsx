"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { searchFoundAction, type FoundSearchState } from "../actions";
import { FoundFilters } from "./found-filters";
import { FoundResults } from "./found-results";

const FORM_ID = "found-search-form";

/**
 * The list and its search. The form posts to a server action and the results come back as its
 * state: what was typed never appears in a URL. The first page is loaded on arrival (`initial`).
 */
export function FoundSearch(props: {
  locale: Locale;
  countries: readonly string[];
  initial: FoundSearchState;
}) {
  const t = useT(["found", "common"]);
  const [state, action, pending] = useActionState<FoundSearchState, FormData>(
    searchFoundAction,
    props.initial,
  );
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errorFor = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]) : undefined);
  return (
    <div className="stack">
      <form id={FORM_ID} action={action} role="search" aria-label={t("found:list.label")} noValidate>
        <FoundFilters
          key={JSON.stringify(values)}
          values={values}
          countries={props.countries}
          errorFor={errorFor}
          pending={pending}
        />
      </form>
      <div aria-live="polite" aria-busy={pending}>
        <ActionAlert state={state} />
        {state?.ok ? <FoundResults locale={props.locale} page={state.data} formId={FORM_ID} /> : null}
      </div>
    </div>
  );
}
