import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/lib/dates";
import type { ProposalDetail } from "../data";
import styles from "./matches.module.css";

type Claim = ProposalDetail["case"];
type Found = NonNullable<ProposalDetail["foundPerson"]>;
type Props<T> = { r: T; t: TFunction; locale: Locale; title: string; headingId: string };

function Row(props: { label: string; value: React.ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value === null || props.value === "" ? "—" : props.value}</dd>
    </>
  );
}

function claimAge(r: Claim, t: TFunction): string {
  if (r.dateOfBirth) {
    const born = new Date(r.dateOfBirth);
    const at = new Date(r.lastSeenAt);
    let years = at.getUTCFullYear() - born.getUTCFullYear();
    if (at.getUTCMonth() * 31 + at.getUTCDate() < born.getUTCMonth() * 31 + born.getUTCDate()) years--;
    return t("matches:compare.years", { value: years });
  }
  return r.approxAge != null
    ? t("matches:compare.years", { value: r.approxAge })
    : t("matches:compare.unknown");
}

const range = (t: TFunction, key: "years" | "cm", min: number | null, max: number | null) => {
  if (min == null && max == null) return t("matches:compare.unknown");
  if (min == null || max == null || min === max) return t(`matches:compare.${key}`, { value: min ?? max });
  return t(`matches:compare.${key}Range`, { min, max });
};

/** The claim's side: the details the engine compared, the place and time it refers to. */
export function ClaimSide({ r, t, locale, title, headingId }: Props<Claim>) {
  const photo = r.photos[0];
  return (
    <section className={styles.side} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        <Link href={`/${locale}/cases/${r.caseNumber}`}>{r.caseNumber}</Link>{" "}
        <span className="badge">{t(`common:status.${r.status}`)}</span>
      </p>
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.photo}
          src={`/api/photos/${photo.id}`}
          alt={t("matches:compare.photo", { number: r.caseNumber })}
        />
      ) : (
        <p className="hint">{t("matches:compare.noPhoto")}</p>
      )}
      <dl>
        <Row
          label={t("matches:compare.names")}
          value={[r.givenNames, r.familyNames, r.otherNames].filter(Boolean).join(" ")}
        />
        <Row label={t("matches:compare.sex")} value={t(`common:sex.${r.sex}`)} />
        <Row label={t("matches:compare.age")} value={claimAge(r, t)} />
        <Row label={t("matches:compare.height")} value={range(t, "cm", r.heightCm, r.heightCm)} />
        <Row label={t("matches:compare.marks")} value={r.distinguishingMarks} />
        <Row
          label={t("matches:compare.languages")}
          value={r.languages.map((l) => t(`intake:languages.${l}`, { defaultValue: l })).join(", ")}
        />
        <Row label={t("matches:compare.clothing")} value={r.clothing} />
        <Row
          label={t("matches:compare.where")}
          value={[r.lastSeenCity, r.region?.name, t(`common:countries.${r.countryCode}`)]
            .filter(Boolean)
            .join(", ")}
        />
        <Row
          label={t("matches:compare.whenMissing")}
          value={formatDate(r.lastSeenAt, locale, r.countryCode)}
        />
      </dl>
    </section>
  );
}

/** The found person's side. Photos of a deceased person are never shown here. */
export function FoundSide({ r, t, locale, title, headingId }: Props<Found>) {
  const photo = r.photos[0];
  return (
    <section className={styles.side} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        <Link href={`/${locale}/found/${r.foundNumber}`}>{r.foundNumber}</Link>{" "}
        <span className="badge">{t(`found:statuses.${r.status}`)}</span>
      </p>
      {r.condition === "DECEASED" ? (
        <p className="hint">{t("matches:compare.deceasedPhotos")}</p>
      ) : photo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.photo}
          src={`/api/found-photos/${photo.id}`}
          alt={t("matches:compare.photo", { number: r.foundNumber })}
        />
      ) : (
        <p className="hint">{t("matches:compare.noPhoto")}</p>
      )}
      <dl>
        <Row label={t("matches:compare.names")} value={r.namesGiven} />
        <Row label={t("matches:compare.condition")} value={t(`found:conditions.${r.condition}`)} />
        <Row label={t("matches:compare.sex")} value={t(`common:sex.${r.sex}`)} />
        <Row label={t("matches:compare.age")} value={range(t, "years", r.ageMin, r.ageMax)} />
        <Row label={t("matches:compare.height")} value={range(t, "cm", r.heightMinCm, r.heightMaxCm)} />
        <Row
          label={t("matches:compare.marks")}
          value={r.marks
            .map(
              (m) =>
                `${t(`found:markTypes.${m.type}`)} — ${t(`found:bodyLocations.${m.bodyLocation}`)}: ${m.description}`,
            )
            .join("; ")}
        />
        <Row
          label={t("matches:compare.languages")}
          value={r.languages.map((l) => t(`intake:languages.${l}`, { defaultValue: l })).join(", ")}
        />
        <Row label={t("matches:compare.clothing")} value={r.clothing} />
        <Row
          label={t("matches:compare.where")}
          value={[r.foundPlace, r.region?.name, t(`common:countries.${r.countryCode}`)]
            .filter(Boolean)
            .join(", ")}
        />
        <Row label={t("matches:compare.whenFound")} value={formatDate(r.foundAt, locale, r.countryCode)} />
      </dl>
    </section>
  );
}
