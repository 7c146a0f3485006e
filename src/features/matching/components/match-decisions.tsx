import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { decideMatchAction } from "../actions";
import type { ProposalDetail } from "../data";
import type { MatchDecision } from "../schemas";
import styles from "./matches.module.css";

const HELP: Record<MatchDecision, string> = {
  confirm: "matches:decide.confirmHelp",
  reject: "matches:decide.rejectHelp",
  needsInfo: "matches:decide.needsInfoHelp",
  unconfirm: "matches:decide.unconfirmHelp",
  propose: "matches:decide.proposeHelp",
};

/** One decision: a plain form (works without JavaScript) with a required note. */
function DecisionForm(props: { p: ProposalDetail; t: TFunction; locale: Locale; decision: MatchDecision }) {
  const { p, t, decision } = props;
  const id = `match-note-${decision}`;
  return (
    <form action={decideMatchAction} className={`stack ${styles.decision}`}>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="id" value={p.id} />
      <input type="hidden" name="decision" value={decision} />
      <p id={`${id}-help`}>{t(HELP[decision])}</p>
      <label htmlFor={id}>{t("matches:decide.note")}</label>
      <textarea
        id={id}
        name="note"
        rows={2}
        required
        minLength={3}
        maxLength={1000}
        aria-describedby={`${id}-hint ${id}-help`}
      />
      <p id={`${id}-hint`} className="hint">
        {t("matches:decide.noteHint")}
      </p>
      <div className="actions">
        <button
          type="submit"
          className={decision === "confirm" || decision === "propose" ? "button" : "button button--secondary"}
        >
          {t(`matches:decide.${decision}`)}
        </button>
      </div>
    </form>
  );
}

export function MatchDecisions(props: { p: ProposalDetail; t: TFunction; locale: Locale }) {
  const { p, t } = props;
  const offered = (["propose", "confirm", "needsInfo", "reject", "unconfirm"] as const).filter(
    (d) => p.may[d],
  );
  const ownerOnly = p.kind === "FOUND" && p.may.reject && !p.may.confirm;
  if (!offered.length && !ownerOnly) return null;
  return (
    <section aria-labelledby="match-decide" className="stack no-print">
      <h2 id="match-decide">{t("matches:decide.title")}</h2>
      {ownerOnly ? (
        <p>{t("matches:decide.ownerOnly", { country: t(`common:countries.${p.caseCountryCode}`) })}</p>
      ) : null}
      {offered.map((d) => (
        <DecisionForm key={d} {...props} decision={d} />
      ))}
    </section>
  );
}
