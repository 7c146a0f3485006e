import type { TFunction } from "i18next";
import Link from "next/link";
import type { CascadeTree } from "../coverage-data";
import { formatDate } from "../format";
import styles from "./training.module.css";

type Node = CascadeTree[number];
const GEN_CLASS = ["", styles.gen1, styles.gen2, styles.gen3];

/**
 * The cascade as nested lists drawn with CSS connectors: generation 0 at the top, each
 * session's children are the sessions led by people it trained. Readable as plain lists too.
 */
export function CascadeTreeView({ roots, locale, t }: { roots: CascadeTree; locale: string; t: TFunction }) {
  if (roots.length === 0) return <p>{t("training:coverage.noSessions")}</p>;
  return (
    <ul className={styles.tree}>
      {roots.map((n) => (
        <TreeNode key={n.id} n={n} locale={locale} t={t} />
      ))}
    </ul>
  );
}

function TreeNode({ n, locale, t }: { n: Node; locale: string; t: TFunction }) {
  return (
    <li>
      <div className={`${styles.node} ${GEN_CLASS[Math.min(n.generation, 3)] ?? ""}`}>
        <p>
          <span className="badge">{t("training:coverage.generation", { n: n.generation })}</span>{" "}
          <Link href={`/${locale}/training/sessions/${n.id}`}>{n.title}</Link>
        </p>
        <p className={styles.meta}>
          {t(`training:kinds.${n.kind}`)} · {formatDate(locale, n.startDate)}
          {n.regionName ? ` · ${n.regionName}` : ""}
        </p>
        <p>
          {n.trainerNames.length ? t("training:coverage.ledBy", { names: n.trainerNames.join(", ") }) : null}
        </p>
        <p>{t("training:coverage.nodeCounts", { completed: n.completed, promoted: n.promoted })}</p>
      </div>
      {n.children.length ? (
        <ul>
          {n.children.map((c) => (
            <TreeNode key={c.id} n={c} locale={locale} t={t} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
