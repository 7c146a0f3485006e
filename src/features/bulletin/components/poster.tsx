import { QrCode } from "@/components/ui/qr-code";
import type { Locale } from "@/i18n/settings";
import { formatOpeningHours, policeContactForCountry } from "@/lib/police-contacts";
import type { PublicCase } from "../public-case";
import { CaseFacts, displayName } from "./case-facts";
import styles from "./bulletin.module.css";
import type { Translate } from "./translate";

/** The printable poster: one page, large name and photo, consented facts, how to help, a QR code to its page. */
export function Poster({ c, t, locale, url }: { c: PublicCase; t: Translate; locale: Locale; url: string }) {
  const name = displayName(c, t);
  const photo = c.photos[0];
  // The country's police line (reference data): the poster is for strangers, who call the police.
  const police = policeContactForCountry(c.countryCode);
  return (
    <article className={styles.poster} aria-labelledby="poster-name">
      <p className={styles.posterBanner} aria-hidden="true">
        {t("bulletin:poster.banner")}
      </p>
      <h1 id="poster-name" className={styles.posterName}>
        <span className="visually-hidden">{t("bulletin:poster.banner")}: </span>
        {name}
      </h1>
      <div className={styles.posterBody}>
        <div className={styles.posterPhoto}>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/public-photos/${photo.id}/full`}
              alt={c.name ? t("bulletin:card.photoAlt", { name }) : t("bulletin:card.photoAltUnnamed")}
              width={photo.width}
              height={photo.height}
            />
          ) : (
            <p>{t("bulletin:card.noPhoto")}</p>
          )}
        </div>
        <div className={styles.posterFacts}>
          <CaseFacts c={c} t={t} locale={locale} withDescription />
        </div>
      </div>
      <div className={styles.posterFooter}>
        <div>
          {police ? (
            <p className={styles.posterPolice}>
              {t("bulletin:poster.police", { name: police.name })}{" "}
              <a href={`tel:${police.phone}`} className={styles.posterPhone}>
                {police.phone}
              </a>{" "}
              <span>
                ({t("common:openingHours.label")} {formatOpeningHours(police.hours, locale, t)})
              </span>
            </p>
          ) : null}
          <p className={styles.posterCall}>{t("bulletin:poster.call")}</p>
          <p className={styles.posterUrl}>{url}</p>
          {/* Printed too: someone who meets the paper poster, not the page, can still ask. */}
          <p className={styles.posterRemoval}>{t("bulletin:poster.removal", { url: `${url}/remove` })}</p>
        </div>
        <figure className={styles.posterQr}>
          <QrCode value={url} label={t("bulletin:poster.qrLabel")} />
          <figcaption>{t("bulletin:poster.qrCaption")}</figcaption>
        </figure>
      </div>
    </article>
  );
}
