import Link from "next/link";
import type { TFunction } from "i18next";
import styles from "./training.module.css";

/** The training area's own navigation, shown above every staff page of it. */
export function TrainingNav(props: {
  locale: string;
  t: TFunction;
  canManage: boolean;
  /** Admins and trainers of a country write its knowledge-check questions. */
  canEditQuestions?: boolean;
}) {
  const { locale, t } = props;
  const links = [
    { href: "training", label: t("training:nav.sessions") },
    ...(props.canManage ? [{ href: "training/sessions/new", label: t("training:nav.newSession") }] : []),
    { href: "training/coverage", label: t("training:nav.coverage") },
    ...(props.canEditQuestions ? [{ href: "training/questions", label: t("training:nav.questions") }] : []),
    { href: "training/verify", label: t("training:nav.verify") },
  ];
  return (
    <nav aria-label={t("training:nav.label")} className="no-print">
      <ul className={styles.subnav}>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={`/${locale}/${l.href}`}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
