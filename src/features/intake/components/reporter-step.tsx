import { useT } from "@/i18n/client";
import { LOCALE_NAMES } from "@/i18n/settings";
import { PREFERRED_LOCALES, RELATIONSHIPS } from "@/lib/case-options";
import { CheckboxField, SelectField, TextField } from "./form-fields";

export function ReporterStep() {
  const t = useT(["intake", "common"]);
  const r = (k: string) => `reporter.${k}`;
  return (
    <>
      <TextField name={r("name")} label={t("reporter.name")} autoComplete="name" required />
      <SelectField
        name={r("relationship")}
        label={t("reporter.relationship")}
        required
        options={RELATIONSHIPS.map((v) => ({ value: v, label: t(`relationship.${v}`) }))}
      />
      <p className="hint">{t("reporter.contactHint")}</p>
      <div className="form-grid">
        <TextField
          name={r("phone")}
          label={t("reporter.phone")}
          type="tel"
          autoComplete="tel"
          hint="intake:reporter.phoneHint"
        />
        <TextField
          name={r("email")}
          label={t("reporter.email")}
          type="email"
          related={["reporter.phone"]}
          autoComplete="email"
        />
      </div>
      <CheckboxField
        name={r("emailUpdates")}
        label={t("notifications:optIn.label")}
        hint="notifications:optIn.hint"
        related={["reporter.email"]}
      />
      <CheckboxField
        name={r("smsUpdates")}
        label={t("notifications:optIn.smsLabel")}
        hint="notifications:optIn.smsHint"
        related={["reporter.phone"]}
      />
      <SelectField
        name={r("preferredLocale")}
        label={t("reporter.preferredLocale")}
        required
        options={PREFERRED_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      />
    </>
  );
}
