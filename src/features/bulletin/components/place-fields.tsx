"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";

export interface RegionOption {
  code: string;
  name: string;
  countryCode: string;
}

/** Country and region selects of the bulletin search; regions grouped by country. */
export function PlaceFields(props: {
  countries: readonly string[];
  regions: RegionOption[];
  values: { country?: string; region?: string };
  err: (field: string) => string | undefined;
}) {
  const t = useT(["bulletin", "common"]);
  const { values: v, err } = props;
  return (
    <>
      <Field id="search-country" label={t("bulletin:search.country")} error={err("country")}>
        <select
          name="country"
          defaultValue={v.country ?? ""}
          key={`c-${v.country ?? ""}`}
          {...fieldAria("search-country", { error: err("country") })}
        >
          <option value="">{t("bulletin:search.anyCountry")}</option>
          {props.countries.map((c) => (
            <option key={c} value={c}>
              {t(`common:countries.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="search-region" label={t("bulletin:search.region")} error={err("region")}>
        <select
          name="region"
          defaultValue={v.region ?? ""}
          key={`r-${v.region ?? ""}`}
          {...fieldAria("search-region", { error: err("region") })}
        >
          <option value="">{t("bulletin:search.anyRegion")}</option>
          {props.countries.map((c) => (
            <optgroup key={c} label={t(`common:countries.${c}`)}>
              {props.regions
                .filter((r) => r.countryCode === c)
                .map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </Field>
    </>
  );
}
