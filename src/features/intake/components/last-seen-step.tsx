import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useT } from "@/i18n/client";
import { CLAIM_COUNTRIES, RISK_INDICATORS } from "../options";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "./form-fields";
import type { ClaimFormValues } from "./form-values";

/** Regions of each country as [code, name], sent by the page (reference data). */
export type RegionOptions = Record<string, readonly (readonly [string, string])[]>;

export function LastSeenStep({ regions, today }: { regions: RegionOptions; today: string }) {
  const t = useT(["intake", "common"]);
  const { control, getValues, setValue } = useFormContext<ClaimFormValues>();
  const country = useWatch({ control, name: "lastSeen.country" });
  // A region of the previously chosen country must not stay selected.
  useEffect(() => {
    const region = getValues("lastSeen.region");
    if (region && !region.startsWith(`${country}-`)) setValue("lastSeen.region", "");
  }, [country, getValues, setValue]);
  const l = (k: string) => `lastSeen.${k}`;
  return (
    <>
      <div className="form-grid">
        <SelectField
          name={l("country")}
          related={[l("region")]}
          label={t("lastSeen.country")}
          required
          options={CLAIM_COUNTRIES.map((c) => ({ value: c, label: t(`common:countries.${c}`) }))}
        />
        <SelectField
          name={l("region")}
          label={t("lastSeen.region")}
          hint="intake:lastSeen.regionHint"
          emptyLabel={t("lastSeen.regionUnknown")}
          options={(regions[country] ?? []).map(([value, label]) => ({ value, label }))}
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
