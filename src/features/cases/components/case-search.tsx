"use client";
import { startTransition, useActionState, useEffect } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { searchCasesAction, type SearchState } from "../actions";
import type { CaseQueue } from "../schemas";
import { forgetSearch, recallSearch, rememberSearch } from "./search-memory";
import { SearchFilters, type RegionOption } from "./search-filters";
import { SearchResults } from "./search-results";

const FORM_ID = "case-search-form";

/**
 * The lookup. The form posts to a server action and the results come back as its state: what
 * the officer typed never appears in a URL, the browser history or a server log line. The last
 * search is kept in this tab's sessionStorage (search-memory.ts) and run again when the officer
 * comes back from a case; a queue chosen by link (`?queue=`) starts from its first page instead.
 */
export function CaseSearch(props: {
  locale: Locale;
  countries: readonly string[];
  regions: RegionOption[];
  userId: string;
  /** The queue named in the address, with its first page computed on the server. */
  queue: CaseQueue | null;
  initial: SearchState;
}) {
  const t = useT(["cases", "common"]);
  const [state, action, pending] = useActionState<SearchState, FormData>(searchCasesAction, props.initial);
  const values = state?.values ?? {};
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errorFor = (name: string) => (fieldErrors?.[name] ? t(fieldErrors[name]) : undefined);

  // Back from a case: run the remembered search again (same queue, or no queue in the address).
  useEffect(() => {
    const saved = recallSearch(props.userId);
    if (!saved || (props.queue && (saved.queue || "all") !== props.queue)) return;
    const form = new FormData();
    for (const [k, v] of Object.entries(saved)) form.set(k, v);
    startTransition(() => action(form));
  }, [props.userId, props.queue, action]);

  useEffect(() => {
    if (state?.ok && state.values && state !== props.initial) rememberSearch(props.userId, state.values);
    if (state && !state.ok && !state.fieldErrors) forgetSearch();
  }, [state, props.userId, props.initial]);

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
