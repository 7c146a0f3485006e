import { Fragment } from "react";
import type { Locale } from "@/i18n/settings";
import { formatLastSeen } from "../format";
import type { PublicCase } from "../public-case";
import type { Translate } from "./translate";

/** Display name of a bulletin case, or the "name not published" label. */
export function displayName(c: PublicCase, t: Translate): string {
  if (!c.name) return t("bulletin:card.nameWithheld");
  return [c.name.givenNames, c.name.familyNames].filter(Boolean).join(" ");
}

/**
 * The consented facts of a case as a description list; absent facts are simply not listed. The
 * physical description and clothing only on the poster (`withDescription`), not in the list.
 */
export function CaseFacts({
  c,
  t,
  locale,
  withDescription = false,
}: {
  c: PublicCase;
  t: Translate;
  locale: Locale;
  withDescription?: boolean;
}) {
  const d = withDescription ? c.description : null;
  const described: [string, string | null][] = d
    ? [
        ["height", d.heightCm ? `${d.heightCm} cm` : null],
        ["build", d.build],
        ["hair", d.hair],
        ["eyes", d.eyeColour],
        ["clothing", d.clothing],
      ]
    : [];
  return (
    <dl className="details">
      {c.name?.otherNames ? (
        <>
          <dt>{t("bulletin:card.otherNames")}</dt>
          <dd>{c.name.otherNames}</dd>
        </>
      ) : null}
      {c.age ? (
        <>
          <dt>{t("bulletin:card.age")}</dt>
          <dd>
            {t(c.age.approximate ? "bulletin:card.yearsApprox" : "bulletin:card.years", {
              count: c.age.years,
            })}
          </dd>
        </>
      ) : null}
      {c.lastSeen ? (
        <>
          <dt>{t("bulletin:card.lastSeenPlace")}</dt>
          <dd>{[c.lastSeen.city, c.lastSeen.region].filter(Boolean).join(", ")}</dd>
          <dt>{t("bulletin:card.lastSeenDate")}</dt>
          <dd>
            <time dateTime={c.lastSeen.at}>
              {formatLastSeen(c.lastSeen.at, c.countryCode, locale, c.lastSeen.timeKnown)}
            </time>
          </dd>
        </>
      ) : null}
      {described.map(([key, value]) =>
        value ? (
          <Fragment key={key}>
            <dt>{t(`bulletin:card.${key}`)}</dt>
            <dd>{value}</dd>
          </Fragment>
        ) : null,
      )}
      <dt>{t("bulletin:card.country")}</dt>
      <dd>{t(`common:countries.${c.countryCode}`)}</dd>
    </dl>
  );
}
