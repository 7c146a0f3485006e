import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import styles from "./training.module.css";

/** Shown on every page to a practice login, so sandbox data is never mistaken for real cases. */
export async function PracticeBanner({ locale }: { locale: Locale }) {
  const t = await getT(locale, ["training"]);
  return (
    <p className={`practice-banner ${styles.banner}`} role="note">
      {t("common:practice")}: {t("training:practice.banner")}{" "}
      <Link className={styles.bannerLink} href={`/${locale}/training/practice`}>
        {t("training:practice.homeTitle")}
      </Link>
    </p>
  );
}
