"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import {
  promoteAttendeeAction,
  removeAttendeeAction,
  setAttendanceAction,
  type PromoteState,
  type RowState,
} from "../actions";
import type { PromoteResult } from "../promote-data";
import styles from "./training.module.css";
import { useErrorText } from "./use-error-text";

export interface AttendeeActionProps {
  locale: string;
  sessionId: string;
  attendee: { id: string; name: string; attended: boolean; completed: boolean; promoted: boolean };
  canPromote: boolean;
}

/** Per-attendee buttons. Each is a small form, so they also work before JavaScript has loaded. */
export function AttendeeActions({ locale, sessionId, attendee: a, canPromote }: AttendeeActionProps) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [rowState, setAttendance, settingAttendance] = useActionState<RowState, FormData>(
    setAttendanceAction,
    null,
  );
  const [removeState, remove, removing] = useActionState<RowState, FormData>(removeAttendeeAction, null);
  const [promoteState, promote, promoting] = useActionState<PromoteState, FormData>(
    promoteAttendeeAction,
    null,
  );
  const busy = settingAttendance || removing || promoting;
  const error = [rowState, removeState, promoteState].find((s) => s && !s.ok) ?? null;
  const toggle = (label: string, attended: boolean, completed: boolean) => (
    <form action={setAttendance}>
      <input type="hidden" name="attendeeId" value={a.id} />
      <input type="hidden" name="attended" value={String(attended)} />
      <input type="hidden" name="completed" value={String(completed)} />
      <button type="submit" className="link-button" disabled={busy} aria-label={`${label}: ${a.name}`}>
        {label}
      </button>
    </form>
  );
  return (
    <div className={styles.rowActions}>
      {!a.attended ? toggle(t("attendees.markAttended"), true, false) : null}
      {!a.completed ? toggle(t("attendees.markCompleted"), true, true) : null}
      {a.completed && !a.promoted ? toggle(t("attendees.undoCompletion"), true, false) : null}
      {a.attended && !a.completed ? toggle(t("attendees.undoAttendance"), false, false) : null}
      {a.completed ? (
        <Link href={`/${locale}/training/sessions/${sessionId}/attendees/${a.id}/certificate`}>
          {t("attendees.certificate")}
          <span className="visually-hidden">: {a.name}</span>
        </Link>
      ) : null}
      {canPromote && a.completed && !a.promoted && !(promoteState?.ok ?? false) ? (
        <form action={promote}>
          <input type="hidden" name="attendeeId" value={a.id} />
          <button type="submit" className="link-button" disabled={busy}>
            {t("promote.button")}
            <span className="visually-hidden">: {a.name}</span>
          </button>
        </form>
      ) : null}
      {!a.completed && !a.promoted ? (
        <form action={remove}>
          <input type="hidden" name="attendeeId" value={a.id} />
          <button type="submit" className="link-button" disabled={busy}>
            {t("attendees.remove")}
            <span className="visually-hidden">: {a.name}</span>
          </button>
        </form>
      ) : null}
      <ActionAlert state={error} translate={errorText} />
      {promoteState?.ok ? <PromotionNotice result={promoteState.data} /> : null}
    </div>
  );
}

function PromotionNotice(props: { result: PromoteResult }) {
  const t = useT(["training", "common"]);
  const r = props.result;
  return (
    <Alert kind="success">
      {r.kind === "created" ? (
        <>
          <p>{t("promote.created", { email: r.email })}</p>
          <p>
            {t("promote.password")}: <span className={styles.secret}>{r.password}</span>
          </p>
          <p>{t("promote.onceWarning")}</p>
        </>
      ) : (
        <p>{t("promote.linked", { email: r.email })}</p>
      )}
    </Alert>
  );
}
