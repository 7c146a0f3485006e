"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";

export interface PlacementOptions {
  countries: string[];
  regions: { id: string; name: string; countryCode: string }[];
  organizations: { id: string; name: string; countryCode: string }[];
}

type Errors = Record<string, string> | undefined;

/**
 * Country, region and (optionally) organisation selects. Regions and organisations are grouped
 * by country so the form works without JavaScript; the server checks they match the country.
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
  const grouped = (items: { id: string; name: string; countryCode: string }[]) =>
    options.countries.map((code) => (
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
  const select = (name: string, label: string, children: React.ReactNode, optional: boolean) => {
    const id = `${prefix}-${name}`;
    const error = err(name);
    return (
      <Field id={id} label={label} error={error} optionalLabel={optional ? t("common:optional") : undefined}>
        <select
          {...fieldAria(id, { error })}
          name={name}
          defaultValue={values[name] ?? ""}
          required={!optional}
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
      )}
      {select("regionId", t("admin:form.region"), grouped(options.regions), true)}
      {props.withOrganization
        ? select("organizationId", t("admin:form.organization"), grouped(options.organizations), true)
        : null}
    </>
  );
}
