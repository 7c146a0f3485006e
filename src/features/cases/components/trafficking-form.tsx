"use client";
import { useT } from "@/i18n/client";
import { setTraffickingAction } from "../actions";
import { TRAFFICKING_INDICATORS } from "../trafficking";
import { CaseForm } from "./case-form";

/** The trafficking flag with the checklist of indicators behind it. */
export function TraffickingForm(props: { caseNumber: string; flagged: boolean; indicators: string[] }) {
  const t = useT(["cases", "common"]);
  return (
    <CaseForm
      action={setTraffickingAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:trafficking.submit")}
      successText={t("cases:trafficking.done")}
    >
      {({ errorFor }) => (
        <>
          <label className="checkbox">
            <input type="checkbox" name="flagged" defaultChecked={props.flagged} />
            <span>{t("cases:trafficking.flag")}</span>
          </label>
          <fieldset aria-describedby={errorFor("indicators") ? "indicators-error" : undefined}>
            <legend>{t("cases:trafficking.indicators")}</legend>
            {TRAFFICKING_INDICATORS.map((code) => (
              <label key={code} className="checkbox">
                <input
                  type="checkbox"
                  name="indicators"
                  value={code}
                  defaultChecked={props.indicators.includes(code)}
                />
                <span>{t(`cases:indicators.${code}`)}</span>
              </label>
            ))}
            {errorFor("indicators") ? (
              <span className="field-error" id="indicators-error" role="alert">
                {errorFor("indicators")}
              </span>
            ) : null}
          </fieldset>
        </>
      )}
    </CaseForm>
  );
}
