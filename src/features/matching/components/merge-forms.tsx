import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { mergeFromMatchAction } from "../actions";
import type { ProposalDetail } from "../data";
import styles from "./matches.module.css";

/**
 * A suggested duplicate: merge one claim into the other (either way; the one kept is the
 * primary), or dismiss it with "reject" below, which links nothing (decision 091).
 */
export function MergeForms(props: { p: ProposalDetail; t: TFunction; locale: Locale }) {
  const { p, t } = props;
  if (!p.may.merge || !p.otherCase) return null;
  const pairs = [
    [p.otherCase.caseNumber, p.case.caseNumber],
    [p.case.caseNumber, p.otherCase.caseNumber],
  ] as const;
  return (
    <section aria-labelledby="match-merge" className="stack no-print">
      <h2 id="match-merge">{t("matches:merge.title")}</h2>
      <p>{t("matches:merge.help")}</p>
      <div className="actions">
        {pairs.map(([merged, primary]) => (
          <form key={merged} action={mergeFromMatchAction} className={styles.decision}>
            <input type="hidden" name="locale" value={props.locale} />
            <input type="hidden" name="id" value={p.id} />
            <input type="hidden" name="caseNumber" value={merged} />
            <input type="hidden" name="duplicateOf" value={primary} />
            <button type="submit" className="button button--secondary">
              {t("matches:merge.into", { merged, primary })}
            </button>
          </form>
        ))}
      </div>
    </section>
  );
}
