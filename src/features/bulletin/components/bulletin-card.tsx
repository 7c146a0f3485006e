import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import type { PublicCase } from "../public-case";
import { CaseFacts, displayName } from "./case-facts";
import styles from "./bulletin.module.css";
import type { Translate } from "./translate";

/** One case in the bulletin list: photo, consented facts, links to the poster and to ask for removal. */
export function BulletinCard({ c, t, locale }: { c: PublicCase; t: Translate; locale: Locale }) {
  const name = displayName(c, t);
  const photo = c.photos[0];
  const href = `/${locale}/missing/${c.publicId}`;
  return (
    <li className={`card ${styles.card}`}>
      <div className={styles.thumb}>
        {photo ? (
          // A plain <img>: next/image would route the photo through its optimizer and cache.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={`/api/public-photos/${photo.id}/thumb`}
            alt={c.name ? t("bulletin:card.photoAlt", { name }) : t("bulletin:card.photoAltUnnamed")}
            width={photo.width}
            height={photo.height}
            loading="lazy"
            decoding="async"
          />
        ) : (
          <span className={styles.noPhoto}>{t("bulletin:card.noPhoto")}</span>
        )}
      </div>
      <div>
        <h2 className={styles.cardTitle}>
          <Link href={href}>{name}</Link>
        </h2>
        <CaseFacts c={c} t={t} locale={locale} />
        <p className={styles.cardAction}>
          <Link href={href}>{t("bulletin:card.poster")}</Link>
        </p>
        {/* The person named (or their guardian) can ask from any entry, not only the poster:
            a plain link to the no-JavaScript form (decision 150). */}
        <p className={styles.cardAction}>
          <Link href={`${href}/remove`}>{t("bulletin:card.remove")}</Link>
        </p>
      </div>
    </li>
  );
}

export function BulletinList({ items, t, locale }: { items: PublicCase[]; t: Translate; locale: Locale }) {
  return (
    <ul className={styles.list} aria-label={t("bulletin:list.label")}>
      {items.map((c) => (
        <BulletinCard key={c.publicId} c={c} t={t} locale={locale} />
      ))}
    </ul>
  );
}
