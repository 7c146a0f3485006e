import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/lib/dates";
import type { FoundDetail } from "../data/detail";
import styles from "./found.module.css";

type Props = { f: FoundDetail; t: TFunction; locale: Locale };

function Row(props: { label: string; value: React.ReactNode }) {
  if (props.value === null || props.value === undefined || props.value === "") return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  );
}

const range = (min: number | null, max: number | null) =>
  min === null && max === null ? null : { min: min ?? max, max: max ?? min };

/** When, where, and who holds the person now (or, for others, whom to ask). */
export function WhereDetails({ f, t, locale }: Props) {
  const country = t(`common:countries.${f.countryCode}`);
  return (
    <section aria-labelledby="found-where" className={styles.section}>
      <h2 id="found-where">{t("found:detail.whereTitle")}</h2>
      <dl className={`details ${styles.details}`}>
        <Row label={t("found:form.condition")} value={t(`found:conditions.${f.condition}`)} />
        <Row label={t("found:form.foundOn")} value={formatDate(f.foundAt, locale, f.countryCode)} />
        <Row
          label={t("found:form.foundPlace")}
          value={[f.foundPlace, f.region?.name, country].filter(Boolean).join(", ")}
        />
        <Row label={t("found:form.circumstances")} value={f.circumstances} />
        <Row
          label={t("found:form.institutionType")}
          value={
            f.institution
              ? [t(`found:institutions.${f.institution.type}`), f.institution.name]
                  .filter(Boolean)
                  .join(" — ")
              : t("found:detail.institutionRestricted", { country })
          }
        />
        <Row
          label={t("found:detail.recordedBy")}
          value={[f.recordedBy.name, f.recordedBy.organization?.name].filter(Boolean).join(", ")}
        />
        <Row label={t("found:detail.contact")} value={f.recordedBy.email} />
        <Row label={t("found:detail.recordedOn")} value={formatDate(f.createdAt, locale, f.countryCode)} />
        <Row
          label={t("found:detail.identifiedAs")}
          value={
            f.identifiedCase ? (
              <Link href={`/${locale}/cases/${f.identifiedCase.caseNumber}`}>
                {f.identifiedCase.caseNumber}
              </Link>
            ) : null
          }
        />
      </dl>
    </section>
  );
}

/** The description: what the person said and what they look like. */
export function PersonDetails({ f, t }: Props) {
  const age = range(f.ageMin, f.ageMax);
  const height = range(f.heightMinCm, f.heightMaxCm);
  return (
    <section aria-labelledby="found-person" className={styles.section}>
      <h2 id="found-person">{t("found:detail.personTitle")}</h2>
      <dl className={`details ${styles.details}`}>
        <Row label={t("found:form.namesGiven")} value={f.namesGiven} />
        <Row label={t("found:form.sex")} value={t(`common:sex.${f.sex}`)} />
        <Row label={t("found:list.age")} value={age ? t("found:detail.ageRange", age) : null} />
        <Row label={t("found:detail.height")} value={height ? t("found:detail.heightRange", height) : null} />
        <Row label={t("found:form.build")} value={f.build} />
        <Row label={t("found:form.hair")} value={f.hair} />
        <Row label={t("found:form.eyeColour")} value={f.eyeColour} />
        <Row label={t("found:form.skin")} value={f.skin} />
        <Row
          label={t("found:form.languages")}
          value={f.languages.map((l) => t(`intake:languages.${l}`)).join(", ")}
        />
        <Row
          label={t("found:form.nationality")}
          value={f.nationality ? t(`intake:nationalities.${f.nationality}`) : null}
        />
        <Row label={t("found:form.identityDocument")} value={f.identityDocument} />
        <Row label={t("found:form.clothing")} value={f.clothing} />
        <Row label={t("found:form.belongings")} value={f.belongings} />
      </dl>
      <h3>{t("found:form.marks")}</h3>
      {f.marks.length ? (
        <ul>
          {f.marks.map((m, i) => (
            <li key={i}>
              {t(`found:markTypes.${m.type}`)} — {t(`found:bodyLocations.${m.bodyLocation}`)}: {m.description}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("found:detail.noMarks")}</p>
      )}
    </section>
  );
}

/** Staff-only photos; photos of remains stay folded until someone chooses to open them. */
export function FoundPhotos({ f, t }: Props) {
  if (!f.photos.length) return null;
  const images = (
    <div className={styles.photos}>
      {f.photos.map((p, i) => (
        // eslint-disable-next-line @next/next/no-img-element -- staff-only photo route, no optimizer
        <img
          key={p.id}
          src={`/api/found-photos/${p.id}`}
          alt={t("found:detail.photoAlt", { n: i + 1 })}
          width={160}
          loading="lazy"
        />
      ))}
    </div>
  );
  return (
    <section aria-labelledby="found-photos" className={`${styles.section} no-print`}>
      <h2 id="found-photos">{t("found:form.photos")}</h2>
      {f.condition === "DECEASED" ? (
        <details>
          <summary>{t("found:detail.photosOfRemains", { count: f.photos.length })}</summary>
          {images}
        </details>
      ) : (
        images
      )}
    </section>
  );
}
