"use client";
import { useEffect, useState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";

export interface PlacementOptions {
  countries: string[];
  regions: { id: string; name: string; countryCode: string }[];
  organizations: { id: string; name: string; countryCode: string }[];
}

type Errors = Record<string, string> | undefined;

/**
 * Country, region and (optionally) organisation selects. Without JavaScript, regions and
 * organisations are grouped by country (the server checks they match it); once the page is
 * interactive, only the chosen country's are offered.
 */
export function PlacementFields(props: {
  prefix: string;
  options: PlacementOptions;
  values: Record<string, string>;
  errors: Errors;
  withOrganization?: boolean;
}) {
  const t = useT(["admin", "common"]);
  const { prefix, options, values } = props;
  const err = (name: string) => (props.errors?.[name] ? t(props.errors[name]!) : undefined);
  const country = (code: string) => t(`common:countries.${code}`);
  const [chosen, setChosen] = useState(values.countryCode ?? options.countries[0] ?? "");
  // The server render (and a browser without JavaScript) lists every country's group.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const shown = interactive ? options.countries.filter((c) => c === chosen) : options.countries;
  const grouped = (items: { id: string; name: string; countryCode: string }[]) =>
    shown.map((code) => (
      <optgroup key={code} label={country(code)}>
        {items
          .filter((i) => i.countryCode === code)
          .map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
      </optgroup>
    ));
  const select = (
    name: string,
    label: string,
    children: React.ReactNode,
    optional: boolean,
    onChange?: (value: string) => void,
  ) => {
    const id = `${prefix}-${name}`;
    const error = err(name);
    return (
      <Field id={id} label={label} error={error} optionalLabel={optional ? t("common:optional") : undefined}>
        <select
          {...fieldAria(id, { error })}
          name={name}
          defaultValue={values[name] ?? ""}
          required={!optional}
          onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        >
          {optional ? <option value="">{t("admin:form.none")}</option> : null}
          {children}
        </select>
      </Field>
    );
  };
  return (
    <>
      {select(
        "countryCode",
        t("admin:form.country"),
        options.countries.map((code) => (
          <option key={code} value={code}>
            {country(code)}
          </option>
        )),
        false,
        setChosen,
      )}
      {select("regionId", t("admin:form.region"), grouped(options.regions), true)}
      {props.withOrganization
        ? select("organizationId", t("admin:form.organization"), grouped(options.organizations), true)
        : null}
    </>
  );
}
