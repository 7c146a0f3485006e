"use client";
import { useActionState, type ReactNode } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { searchBulletinAction, type SearchActionState } from "../actions";
import { BulletinList } from "./bulletin-card";
import styles from "./bulletin.module.css";
import { PlaceFields, type RegionOption } from "./place-fields";

/**
 * The search form (POST through a server action, so a name never lands in a URL or a log) and
 * its results. Works without JavaScript: the browser posts the form and the page comes back
 * with the results. Until someone searches, `children` (the server-rendered list) is shown.
 */
export function BulletinSearch(props: {
  locale: Locale;
  countries: readonly string[];
  regions: RegionOption[];
  children: ReactNode;
}) {
  const t = useT(["bulletin", "validation", "common"]);
  const [state, action, pending] = useActionState<SearchActionState, FormData>(searchBulletinAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const v = state?.values ?? {};
  const nameHint = t("bulletin:search.nameHint");
  return (
    <>
      <form action={action} className="no-print" aria-labelledby="bulletin-search-title" noValidate>
        <h2 id="bulletin-search-title">{t("bulletin:search.title")}</h2>
        <ActionAlert state={state} />
        <div className={styles.searchGrid}>
          <Field id="search-name" label={t("bulletin:search.name")} hint={nameHint} error={err("name")}>
            <input
              type="search"
              name="name"
              maxLength={100}
              autoComplete="off"
              defaultValue={v.name ?? ""}
              key={`name-${v.name ?? ""}`}
              {...fieldAria("search-name", { hint: nameHint, error: err("name") })}
            />
          </Field>
          <PlaceFields countries={props.countries} regions={props.regions} values={v} err={err} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("bulletin:search.searching") : t("common:search")}
          </button>
          {state?.ok ? (
            <a className="button button--secondary" href={`/${props.locale}/missing`}>
              {t("bulletin:search.clear")}
            </a>
          ) : null}
        </div>
      </form>
      {state?.ok ? (
        <section aria-labelledby="bulletin-results-title">
          <h2 id="bulletin-results-title">{t("bulletin:search.results")}</h2>
          <p role="status">{t("bulletin:search.count", { count: state.data.length })}</p>
          {state.data.length ? <BulletinList items={state.data} t={t} locale={props.locale} /> : null}
        </section>
      ) : (
        props.children
      )}
    </>
  );
}
