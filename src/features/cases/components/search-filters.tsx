"use client";
import { useState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { FormValues } from "@/server/result";
import { CASE_STATUSES } from "../case-statuses";
import { CASE_QUEUES, SEARCH_SORTS } from "../schemas";
import styles from "./cases.module.css";

export interface RegionOption {
  id: string;
  name: string;
  countryCode: string;
}

const SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;

/** The search box and the filters. Regions follow the chosen country. */
export function SearchFilters(props: {
  values: FormValues;
  countries: readonly string[];
  regions: RegionOption[];
  errorFor: (name: string) => string | undefined;
  pending: boolean;
}) {
  const t = useT(["cases", "common"]);
  const v = props.values;
  // A viewer who sees one country (an NGO) gets that country, named, not "all countries".
  const only = props.countries.length === 1 ? props.countries[0]! : null;
  const [country, setCountry] = useState(v.country || only || "");
  const regions = props.regions.filter((r) => r.countryCode === country);
  const err = props.errorFor;
  const queryHint = t("cases:search.queryHint");
  const regionHint = country ? undefined : t("cases:search.regionHint");
  const box = (id: string, name: string, label: string, type = "text", extra = {}) => (
    <Field id={id} label={label} error={err(name)}>
      <input
        {...fieldAria(id, { error: err(name) })}
        name={name}
        type={type}
        defaultValue={v[name] ?? ""}
        {...extra}
      />
    </Field>
  );
  return (
    <>
      <Field id="search-q" label={t("cases:search.query")} hint={queryHint} error={err("q")}>
        <input
          {...fieldAria("search-q", { hint: queryHint, error: err("q") })}
          name="q"
          type="search"
          defaultValue={v.q ?? ""}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
      </Field>
      <Field id="search-queue" label={t("cases:queues.field")}>
        <select id="search-queue" name="queue" defaultValue={v.queue || "all"}>
          {CASE_QUEUES.map((q) => (
            <option key={q} value={q}>
              {t(`cases:queues.${q}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="submit" className="button" name="page" value="1" disabled={props.pending}>
          {t("common:search")}
        </button>
      </div>
      <details
        className={styles.filters}
        open={Object.entries(v).some(([k, x]) => x && !["q", "page", "sort", "queue"].includes(k))}
      >
        <summary>{t("cases:search.filters")}</summary>
        <div className="form-grid">
          <Field id="search-country" label={t("cases:search.country")}>
            <select
              id="search-country"
              name="country"
              value={country}
              onChange={(e) => setCountry(e.target.value)}
            >
              {only ? null : <option value="">{t("cases:search.allCountries")}</option>}
              {props.countries.map((c) => (
                <option key={c} value={c}>
                  {t(`common:countries.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="search-region" label={t("cases:search.region")} hint={regionHint}>
            <select
              {...fieldAria("search-region", { hint: regionHint })}
              name="regionId"
              defaultValue={v.regionId ?? ""}
              disabled={!country}
            >
              <option value="">{t("cases:search.any")}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="search-status" label={t("cases:search.status")}>
            <select id="search-status" name="status" defaultValue={v.status ?? ""}>
              <option value="">{t("cases:search.any")}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="search-sex" label={t("cases:search.sex")}>
            <select id="search-sex" name="sex" defaultValue={v.sex ?? ""}>
              <option value="">{t("cases:search.any")}</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:sex.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {box("search-age-min", "ageMin", t("cases:search.ageMin"), "number", {
            min: 0,
            max: 120,
            inputMode: "numeric",
          })}
          {box("search-age-max", "ageMax", t("cases:search.ageMax"), "number", {
            min: 0,
            max: 120,
            inputMode: "numeric",
          })}
          {box("search-from", "lastSeenFrom", t("cases:search.lastSeenFrom"), "date")}
          {box("search-to", "lastSeenTo", t("cases:search.lastSeenTo"), "date")}
        </div>
        <fieldset>
          <legend>{t("cases:search.only")}</legend>
          {(["trafficking", "hasPhoto", "possibleDuplicate"] as const).map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" name={name} defaultChecked={v[name] === "on"} />
              <span>{t(`cases:search.${name}`)}</span>
            </label>
          ))}
        </fieldset>
        <Field id="search-sort" label={t("cases:search.sort")}>
          <select id="search-sort" name="sort" defaultValue={v.sort || "relevance"}>
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`cases:search.sort${s[0]!.toUpperCase()}${s.slice(1)}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="actions">
          <button
            type="submit"
            className="button button--secondary"
            name="page"
            value="1"
            disabled={props.pending}
          >
            {t("cases:search.apply")}
          </button>
        </div>
      </details>
    </>
  );
}
