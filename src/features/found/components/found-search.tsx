"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
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
  const values = state.values ?? {};
  const errorFor = (name: string) => (state.fieldErrors?.[name] ? t(state.fieldErrors[name]) : undefined);
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
        {state.error ? (
          <Alert kind="error">
            {t(state.error)}
            {state.reference ? ` (${t("common:error.reference")}: ${state.reference})` : null}
          </Alert>
        ) : null}
        {state.result ? <FoundResults locale={props.locale} page={state.result} formId={FORM_ID} /> : null}
      </div>
    </div>
  );
}
