"use client";
import { useActionState, useState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import {
  createAttendeeLoginsAction,
  createPracticeLoginsAction,
  generatePracticeCasesAction,
  wipePracticeDataAction,
  type CasesState,
  type LoginsState,
  type WipeState,
} from "../practice-actions";
import styles from "./training.module.css";
import { useErrorText } from "./use-error-text";

function CountField(props: { id: string; label: string; defaultValue: number; max: number }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name="count"
        type="number"
        min={1}
        max={props.max}
        defaultValue={props.defaultValue}
        required
      />
    </div>
  );
}

/**
 * Creates practice logins (a number of anonymous ones, or one per attendee, linked to them) and
 * shows their passwords once, as a printable handout.
 */
export function PracticeLoginsForm(props: {
  sessionId: string;
  loginUrl: string;
  unlinkedAttendees: number;
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<LoginsState, FormData>(createPracticeLoginsAction, null);
  const [forAttendees, attendeeAction, attendeePending] = useActionState<LoginsState, FormData>(
    createAttendeeLoginsAction,
    null,
  );
  const shown = forAttendees?.ok ? forAttendees : state;
  return (
    <div className="stack">
      {props.unlinkedAttendees > 0 ? (
        <form action={attendeeAction} className="no-print">
          <input type="hidden" name="sessionId" value={props.sessionId} />
          <p>{t("practice.attendeeLoginsIntro", { count: props.unlinkedAttendees })}</p>
          <button type="submit" className="button" disabled={attendeePending}>
            {attendeePending ? t("practice.creating") : t("practice.createAttendeeLogins")}
          </button>
        </form>
      ) : null}
      <form action={action} className="no-print">
        <input type="hidden" name="sessionId" value={props.sessionId} />
        <CountField id="login-count" label={t("practice.loginCount")} defaultValue={5} max={40} />
        <button type="submit" className="button button--secondary" disabled={pending}>
          {pending ? t("practice.creating") : t("practice.createLogins")}
        </button>
      </form>
      <div aria-live="polite">
        <ActionAlert state={forAttendees} translate={errorText} />
        <ActionAlert state={state} translate={errorText} />
        {shown?.ok ? <Handout logins={shown.data} loginUrl={props.loginUrl} /> : null}
      </div>
    </div>
  );
}

function Handout(props: {
  logins: { email: string; password: string; name: string | null }[];
  loginUrl: string;
}) {
  const t = useT(["training", "common"]);
  const named = props.logins.some((l) => l.name);
  return (
    // Not a landmark itself: the table's scrolling region carries the handout's name.
    <div className="stack">
      <Alert kind="success">
        <p>{t("practice.passwordsOnce")}</p>
      </Alert>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t("practice.printHandout")}
      </button>
      <h3 id="handout-title">
        <span className="badge badge--practice">{t("common:practice")}</span> {t("practice.handoutTitle")}
      </h3>
      <p>{t("practice.handoutIntro", { url: props.loginUrl })}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="handout-title">
        <table className={styles.handout}>
          <thead>
            <tr>
              {named ? <th scope="col">{t("practice.attendee")}</th> : null}
              <th scope="col">{t("practice.email")}</th>
              <th scope="col">{t("practice.password")}</th>
            </tr>
          </thead>
          <tbody>
            {props.logins.map((l) => (
              <tr key={l.email} className={styles.handoutCard}>
                {named ? <td>{l.name}</td> : null}
                <td>
                  <code>{l.email}</code>
                </td>
                <td>
                  <span className={styles.secret}>{l.password}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function PracticeCasesForm(props: { sessionId: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<CasesState, FormData>(generatePracticeCasesAction, null);
  return (
    <form action={action} className="no-print">
      <input type="hidden" name="sessionId" value={props.sessionId} />
      <CountField id="case-count" label={t("practice.caseCount")} defaultValue={10} max={40} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("practice.generating") : t("practice.generateCases")}
      </button>
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {state?.ok ? (
          <Alert kind="success">{t("practice.casesCreated", { count: state.data.created.length })}</Alert>
        ) : null}
      </div>
    </form>
  );
}

export function WipeForm(props: { sessionId: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [confirmed, setConfirmed] = useState(false);
  const [state, action, pending] = useActionState<WipeState, FormData>(wipePracticeDataAction, null);
  return (
    <form action={action} className="no-print">
      <input type="hidden" name="sessionId" value={props.sessionId} />
      <label className="checkbox">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <span>{t("practice.wipeConfirm")}</span>
      </label>
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? t("practice.wiping") : t("practice.wipe")}
      </button>
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {state?.ok ? (
          <Alert kind="success">
            {t("practice.wiped", { cases: state.data.cases, logins: state.data.logins })}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
