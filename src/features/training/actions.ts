"use server";
import type { ActionResult } from "@/server/result";
import { getViewer } from "@/server/session";
import { formString, runAction } from "./action-helpers";
import {
  addAttendee,
  importAttendees,
  removeAttendee,
  setAttendance,
  type ImportResult,
} from "./attendee-data";
import { MAX_CSV_BYTES } from "./attendee-csv";
import { issueCertificate } from "./certificate-data";
import { promoteAttendee, type PromoteResult } from "./promote-data";
import { createSession, updateSession } from "./session-data";
import type { AttendeeInput, SessionInput } from "./schemas";
import { fail } from "@/server/result";

// Each action: input -> viewer -> data function (which authorizes) -> revalidate -> result.

export async function createSessionAction(values: SessionInput): Promise<ActionResult<{ id: string }>> {
  const viewer = await getViewer();
  return runAction("createSession", () => createSession(viewer, values));
}

export async function updateSessionAction(
  id: string,
  values: SessionInput,
): Promise<ActionResult<{ id: string }>> {
  const viewer = await getViewer();
  return runAction("updateSession", () => updateSession(viewer, id, values));
}

export async function addAttendeeAction(
  sessionId: string,
  values: AttendeeInput,
): Promise<ActionResult<{ id: string }>> {
  const viewer = await getViewer();
  return runAction("addAttendee", () => addAttendee(viewer, sessionId, values));
}

export type ImportState = ActionResult<ImportResult> | null;

export async function importAttendeesAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return fail("training:import.noFile");
  if (file.size > MAX_CSV_BYTES) return fail("training:import.tooLarge");
  const text = await file.text();
  return runAction("importAttendees", () => importAttendees(viewer, formString(form, "sessionId"), text));
}

export type RowState = ActionResult<unknown> | null;

export async function setAttendanceAction(_prev: RowState, form: FormData): Promise<RowState> {
  const viewer = await getViewer();
  const input = {
    attendeeId: formString(form, "attendeeId"),
    attended: formString(form, "attended") === "true",
    completed: formString(form, "completed") === "true",
  };
  return runAction("setAttendance", () => setAttendance(viewer, input));
}

export async function removeAttendeeAction(_prev: RowState, form: FormData): Promise<RowState> {
  const viewer = await getViewer();
  return runAction("removeAttendee", () => removeAttendee(viewer, formString(form, "attendeeId")));
}

export type PromoteState = ActionResult<PromoteResult> | null;

export async function promoteAttendeeAction(_prev: PromoteState, form: FormData): Promise<PromoteState> {
  const viewer = await getViewer();
  return runAction("promoteAttendee", () => promoteAttendee(viewer, formString(form, "attendeeId")));
}

export type IssueState = ActionResult<{ code: string }> | null;

export async function issueCertificateAction(_prev: IssueState, form: FormData): Promise<IssueState> {
  const viewer = await getViewer();
  return runAction("issueCertificate", () => issueCertificate(viewer, formString(form, "attendeeId")));
}
