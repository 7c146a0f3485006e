import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import type { CaseCard } from "../data";
import { formatCalendarDate } from "@/lib/dates";
import styles from "./cases.module.css";

/**
 * What another country sees of a claim kept to its identifying card, and what staff outside the
 * owning unit see of a sealed record: only the fields the data layer sent, and whom to contact.
 */
export function CaseCardView({ c, t, locale }: { c: CaseCard; t: TFunction; locale: Locale }) {
  const unit = c.owningUnit ?? t(`common:countries.${c.countryCode}`);
  return (
    <section aria-labelledby="card-title" className={styles.section}>
      <h2 id="card-title">{t(c.access === "sealed" ? "cases:card.sealedTitle" : "cases:card.title")}</h2>
      <p role="note">{t(c.access === "sealed" ? "cases:card.sealedIntro" : "cases:card.intro")}</p>
      <dl className={`details ${styles.details}`}>
        {c.sex ? (
          <>
            <dt>{t("cases:detail.sex")}</dt>
            <dd>{t(`common:sex.${c.sex}`)}</dd>
          </>
        ) : null}
        {c.dateOfBirth ? (
          <>
            <dt>{t("cases:detail.dateOfBirth")}</dt>
            <dd>{formatCalendarDate(c.dateOfBirth, locale)}</dd>
          </>
        ) : null}
        {c.approxAge !== null && c.approxAge !== undefined ? (
          <>
            <dt>{t("cases:detail.approxAge")}</dt>
            <dd>{c.approxAge}</dd>
          </>
        ) : null}
        <dt>{t("cases:card.contact")}</dt>
        <dd>{unit}</dd>
      </dl>
      {c.photos?.[0] ? (
        // eslint-disable-next-line @next/next/no-img-element -- staff-only photo route
        <img
          src={`/api/photos/${c.photos[0].id}`}
          alt={t("cases:detail.photoAlt", { n: 1 })}
          width={160}
          className={styles.thumb}
        />
      ) : null}
    </section>
  );
}
