import type { TFunction } from "i18next";

/**
 * A plain GET form that reloads a training page for another country; shown only when the viewer
 * may pick more than one.
 */
export function CountrySwitch(props: {
  id: string;
  countries: { code: string }[];
  value: string;
  submitLabel: string;
  t: TFunction;
}) {
  const { t } = props;
  if (props.countries.length <= 1) return null;
  return (
    <form method="get" className="form-grid">
      <div className="field">
        <label htmlFor={props.id}>{t("training:session.country")}</label>
        <select id={props.id} name="country" defaultValue={props.value}>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {t(`common:countries.${c.code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit" className="button button--secondary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
