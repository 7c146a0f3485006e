"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formString, runAction, type ActionOptions } from "@/server/action";
import { AppError } from "@/server/errors";
import type { ActionResult, ActionState } from "@/server/result";
import type { Viewer } from "@/server/viewer";
import {
  addAttendee,
  importAttendees,
  removeAttendee,
  markAllAttendees,
  setAttendance,
  type ImportResult,
} from "./attendee-data";
import { MAX_CSV_BYTES } from "./attendee-csv";
import { issueCertificate } from "./certificate-data";
import { promoteAttendee, type PromoteResult } from "./promote-data";
import { createSession, updateSession } from "./session-data";
import {
  AttendanceInput,
  AttendeeInput,
  AttendeeRef,
  BulkAttendanceInput,
  SessionInput,
  SessionRef,
} from "./schemas";

// Each action goes through the one pipeline: parse -> viewer -> data function (which
// authorizes) -> revalidate -> ActionResult.

/** runAction, then a fresh copy of every training page (they are dynamic; this drops the router's). */
async function runTrainingAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<T>,
  opts: ActionOptions,
): Promise<ActionResult<T>> {
  return runAction(
    schema,
    input,
    async (data, viewer) => {
      const result = await handler(data, viewer);
      revalidatePath("/[locale]/training", "layout");
      return result;
    },
    { invalidKey: "training:errors.checkForm", ...opts },
  );
}

export async function createSessionAction(values: unknown): Promise<ActionResult<{ id: string }>> {
  return runTrainingAction(SessionInput, values, (v, viewer) => createSession(viewer, v), {
    where: "createSession",
  });
}

export async function updateSessionAction(
  id: string,
  values: unknown,
): Promise<ActionResult<{ id: string }>> {
  return runTrainingAction(SessionInput, values, (v, viewer) => updateSession(viewer, id, v), {
    where: "updateSession",
  });
}

export async function addAttendeeAction(
  sessionId: string,
  values: unknown,
): Promise<ActionResult<{ id: string }>> {
  return runTrainingAction(AttendeeInput, values, (v, viewer) => addAttendee(viewer, sessionId, v), {
    where: "addAttendee",
  });
}

export type ImportState = ActionState<ImportResult>;

const ImportInput = SessionRef.extend({ file: z.instanceof(File) });

export async function importAttendeesAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const input = { sessionId: formString(form, "sessionId"), file: form.get("file") };
  return runTrainingAction(
    ImportInput,
    input,
    async ({ sessionId, file }, viewer) => {
      if (file.size === 0) throw new AppError("training:import.noFile");
      if (file.size > MAX_CSV_BYTES) throw new AppError("training:import.tooLarge");
      return importAttendees(viewer, sessionId, await file.text());
    },
    { where: "importAttendees", invalidKey: "training:import.noFile" },
  );
}

export type RowState = ActionState<unknown>;

export async function setAttendanceAction(_prev: RowState, form: FormData): Promise<RowState> {
  const input = {
    attendeeId: formString(form, "attendeeId"),
    attended: formString(form, "attended") === "true",
    completed: formString(form, "completed") === "true",
  };
  // Only a crafted request fails to parse (the id is not one): the same answer as unknown.
  return runTrainingAction(AttendanceInput, input, (v, viewer) => setAttendance(viewer, v), {
    where: "setAttendance",
    invalidKey: "common:errors.notFound",
  });
}

export type BulkState = ActionState<{ changed: number }>;

export async function markAllAttendeesAction(_prev: BulkState, form: FormData): Promise<BulkState> {
  const input = {
    sessionId: formString(form, "sessionId"),
    mark: formString(form, "mark"),
    except: form.getAll("except").filter((v) => typeof v === "string"),
  };
  // The form sends only ids and a fixed choice: a parse failure is a crafted request.
  return runTrainingAction(BulkAttendanceInput, input, (v, viewer) => markAllAttendees(viewer, v), {
    where: "markAllAttendees",
    invalidKey: "common:errors.notFound",
  });
}

const attendeeRef = (form: FormData) => ({ attendeeId: formString(form, "attendeeId") });

export async function removeAttendeeAction(_prev: RowState, form: FormData): Promise<RowState> {
  return runTrainingAction(
    AttendeeRef,
    attendeeRef(form),
    (v, viewer) => removeAttendee(viewer, v.attendeeId),
    {
      where: "removeAttendee",
    },
  );
}

export type PromoteState = ActionState<PromoteResult>;

export async function promoteAttendeeAction(_prev: PromoteState, form: FormData): Promise<PromoteState> {
  return runTrainingAction(
    AttendeeRef,
    attendeeRef(form),
    (v, viewer) => promoteAttendee(viewer, v.attendeeId),
    {
      where: "promoteAttendee",
    },
  );
}

export type IssueState = ActionState<{ code: string }>;

export async function issueCertificateAction(_prev: IssueState, form: FormData): Promise<IssueState> {
  return runTrainingAction(
    AttendeeRef,
    attendeeRef(form),
    (v, viewer) => issueCertificate(viewer, v.attendeeId),
    {
      where: "issueCertificate",
    },
  );
}
