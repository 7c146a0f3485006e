import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useLocale, useT } from "@/i18n/client";
import { sortByLabel } from "@/i18n/intl";
import { CLAIM_COUNTRIES, RISK_INDICATORS } from "@/lib/case-options";
import { claimCountryChoices } from "./choice-options";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "./form-fields";
import type { ClaimFormValues } from "./form-values";

/** Regions of each country as [code, name], sent by the page (reference data). */
export type RegionOptions = Record<string, readonly (readonly [string, string])[]>;

export function LastSeenStep({ regions, today }: { regions: RegionOptions; today: string }) {
  const { control, getValues, setValue } = useFormContext<ClaimFormValues>();
  const country = useWatch({ control, name: "lastSeen.country" });
  // A region of the previously chosen country must not stay selected.
  useEffect(() => {
    const region = getValues("lastSeen.region");
    if (region && !region.startsWith(`${country}-`)) setValue("lastSeen.region", "");
  }, [country, getValues, setValue]);
  return (
    <LastSeenFields
      today={today}
      regionOptions={(regions[country] ?? []).map(([value, label]) => ({ value, label }))}
    />
  );
}

/**
 * The fields of the step. Without JavaScript the region list cannot follow the chosen country,
 * so it lists every country's regions, named "Region (Country)" and sorted by the locale.
 */
export function PlainLastSeenFields({
  regions,
  today,
  locale,
}: {
  regions: RegionOptions;
  today: string;
  locale: string;
}) {
  const t = useT(["intake", "common"]);
  const options = sortByLabel(
    CLAIM_COUNTRIES.flatMap((c) =>
      (regions[c] ?? []).map(([value, name]) => ({
        value,
        label: `${name} (${t(`common:countries.${c}`)})`,
      })),
    ),
    locale,
    (o) => o.label,
  );
  return <LastSeenFields today={today} regionOptions={options} />;
}

function LastSeenFields({
  regionOptions,
  today,
}: {
  regionOptions: { value: string; label: string }[];
  today: string;
}) {
  const t = useT(["intake", "common"]);
  const locale = useLocale();
  const l = (k: string) => `lastSeen.${k}`;
  return (
    <>
      <div className="form-grid">
        <SelectField
          name={l("country")}
          related={[l("region")]}
          label={t("lastSeen.country")}
          required
          options={claimCountryChoices(t, locale)}
        />
        <SelectField
          name={l("region")}
          label={t("lastSeen.region")}
          hint="intake:lastSeen.regionHint"
          emptyLabel={t("lastSeen.regionUnknown")}
          options={regionOptions}
        />
      </div>
      <TextField name={l("city")} label={t("lastSeen.city")} required />
      <div className="form-grid">
        <TextField name={l("date")} label={t("lastSeen.date")} type="date" max={today} required />
        <TextField name={l("time")} label={t("lastSeen.time")} type="time" />
      </div>
      <TextAreaField
        name={l("circumstances")}
        label={t("lastSeen.circumstances")}
        hint="intake:lastSeen.circumstancesHint"
        required
      />
      <CheckboxGroup
        name={l("riskIndicators")}
        label={t("lastSeen.risks")}
        hint="intake:lastSeen.risksHint"
        options={RISK_INDICATORS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
      />
    </>
  );
}
