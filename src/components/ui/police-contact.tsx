import type { Translate } from "@/i18n/translate";
import { formatOpeningHours, type PoliceContact } from "@/lib/police-contacts";

/**
 * "For any news, call <unit>: <phone> (Hours: …)": the receipt's and the track page's contact line.
 * No hooks, so server and client components share it with their own t().
 */
export function PoliceContactLine(props: {
  contact: PoliceContact;
  t: Translate;
  locale: string;
  phoneClassName?: string;
}) {
  const { contact, t } = props;
  return (
    <>
      {t("receipt:contact", { name: contact.name })}{" "}
      <a
        href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}
        className={props.phoneClassName}
        data-testid="police-phone"
      >
        {contact.phone}
      </a>{" "}
      <span data-testid="police-hours">
        ({t("common:openingHours.label")} {formatOpeningHours(contact.hours, props.locale, t)})
      </span>
    </>
  );
}
