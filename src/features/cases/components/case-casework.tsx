import type { TFunction } from "i18next";
import type { Viewer } from "@/server/viewer";
import type { Assignees, CaseDetail, SealOffer } from "../data";
import { transitionsFor } from "../status-machine";
import { AssignForm } from "./assign-form";
import styles from "./cases.module.css";
import { DuplicateForm } from "./duplicate-form";
import { InfoRequestForm } from "./info-request-form";
import { NoteForm } from "./note-form";
import { publicationBlocker } from "../publication-rules";
import { PublicationForm } from "./publication-form";
import { SealForm } from "./seal-form";
import { StatusForm } from "./status-form";
import { TraffickingForm } from "./trafficking-form";

/**
 * The forms the viewer may use on this case. What is offered follows the same policy the data
 * functions enforce; the actions check again, so hiding a form is a courtesy, not the guard.
 */
export function CaseCasework(props: {
  c: CaseDetail;
  viewer: Viewer;
  assignees: Assignees | null;
  /** The seal form this viewer gets (sealOfferFor), if any. */
  seal: SealOffer;
  t: TFunction;
}) {
  const { c, t } = props;
  const may = (p: string) => (c.writable as string[]).includes(p);
  const transitions = may("case:updateStatus") ? transitionsFor(props.viewer, c.status) : [];
  if (!c.writable.length) return <p className="no-print">{t("cases:casework.readOnly")}</p>;
  return (
    <section aria-labelledby="casework-title" className={`${styles.section} no-print`}>
      <h2 id="casework-title">{t("cases:casework.title")}</h2>
      <div className={styles.panels}>
        {transitions.length ? (
          <div className={styles.panel}>
            <h3>{t("cases:status.title")}</h3>
            <StatusForm caseNumber={c.caseNumber} from={c.status} options={transitions} />
          </div>
        ) : null}
        {may("case:addNote") ? (
          <div className={styles.panel}>
            <h3>{t("cases:note.title")}</h3>
            <NoteForm caseNumber={c.caseNumber} />
          </div>
        ) : null}
        {may("case:addNote") && !c.practiceSessionId ? (
          <div className={styles.panel}>
            <h3>{t("notifications:infoRequest.title")}</h3>
            <InfoRequestForm caseNumber={c.caseNumber} />
          </div>
        ) : null}
        {may("case:flagTrafficking") ? (
          <div className={styles.panel}>
            <h3>{t("cases:trafficking.title")}</h3>
            <TraffickingForm
              caseNumber={c.caseNumber}
              flagged={c.traffickingFlag}
              indicators={c.riskIndicators}
            />
          </div>
        ) : null}
        {may("case:assign") && props.assignees ? (
          <div className={styles.panel}>
            <h3>{t("cases:assign.title")}</h3>
            <AssignForm
              caseNumber={c.caseNumber}
              users={props.assignees.users}
              organizations={props.assignees.organizations}
              userId={c.assignedUser?.id ?? null}
              organizationId={c.assignedOrg?.id ?? null}
            />
          </div>
        ) : null}
        {may("case:markDuplicate") ? (
          <div className={styles.panel}>
            <h3>{t("cases:duplicates.title")}</h3>
            <DuplicateForm caseNumber={c.caseNumber} merged={c.duplicates.map((d) => d.caseNumber)} />
          </div>
        ) : null}
        {may("case:approvePublication") ? (
          <div className={styles.panel}>
            <h3>{t("cases:publication.label")}</h3>
            {c.publicationApprovedAt || !publicationBlocker(c) ? (
              <PublicationForm caseNumber={c.caseNumber} approved={!!c.publicationApprovedAt} />
            ) : (
              // Say why, rather than offer a button that can only be refused.
              <p>{t(publicationBlocker(c)!)}</p>
            )}
          </div>
        ) : null}
        {props.seal ? (
          <div className={styles.panel}>
            <h3>{t(props.seal.kind === "unseal" ? "cases:card.sealedTitle" : "cases:seal.title")}</h3>
            {props.seal.kind === "blocked" ? (
              // Say why (a located minor), rather than offer a button that can only be refused.
              <p>{t(props.seal.why)}</p>
            ) : (
              <>
                <p>{t(props.seal.kind === "seal" ? "cases:seal.sealIntro" : "cases:seal.unsealIntro")}</p>
                <SealForm caseNumber={c.caseNumber} mode={props.seal.kind} />
              </>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
