"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { searchCasesAction, type SearchState } from "../actions";
import { SearchFilters, type RegionOption } from "./search-filters";
import { SearchResults } from "./search-results";

const FORM_ID = "case-search-form";

/**
 * The lookup. The form posts to a server action and the results come back as its state: what
 * the officer typed never appears in a URL, the browser history or a server log line.
 */
export function CaseSearch(props: { locale: Locale; countries: readonly string[]; regions: RegionOption[] }) {
  const t = useT(["cases", "common"]);
  const [state, action, pending] = useActionState<SearchState, FormData>(searchCasesAction, null);
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errorFor = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]) : undefined);
  return (
    <div className="stack">
      <form id={FORM_ID} action={action} role="search" aria-label={t("cases:search.label")} noValidate>
        {/* Fields are uncontrolled: re-mount them with the submitted values after each search. */}
        <SearchFilters
          key={JSON.stringify(values)}
          values={values}
          countries={props.countries}
          regions={props.regions}
          errorFor={errorFor}
          pending={pending}
        />
      </form>
      <div aria-live="polite" aria-busy={pending}>
        <ActionAlert state={state} />
        {state?.ok ? <SearchResults locale={props.locale} page={state.data} formId={FORM_ID} /> : null}
      </div>
    </div>
  );
}
