"use server";
// Server actions of the cases feature. Each one: parse with the zod schema -> who is asking ->
// data function (which scopes and authorizes) -> revalidate -> a small serializable state.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { AppError, logUnexpected } from "@/server/errors";
import { fieldErrorsFrom } from "@/server/result";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";
import {
  addCaseNote,
  assignCase,
  changeCaseStatus,
  markDuplicate,
  searchCases,
  setPublicationApproval,
  setTraffickingFlag,
  unmarkDuplicate,
} from "./data";
import {
  AssignInput,
  CaseRefInput,
  DuplicateInput,
  NoteInput,
  PublicationInput,
  SearchInput,
  StatusChangeInput,
  TraffickingInput,
} from "./schemas";
import type { CaseSearchPage } from "./search-query";

export interface CaseFormState {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  done?: boolean;
  /** Bumped on every success so forms can reset themselves. */
  version?: number;
}

export interface SearchState extends CaseFormState {
  /** The submitted form, echoed so the fields keep their values (never put in a URL). */
  values?: Record<string, string>;
  result?: CaseSearchPage;
}

function failure(err: unknown, where: string): CaseFormState {
  if (err instanceof AppError) return { error: err.key };
  return { error: "common:errors.unexpected", reference: logUnexpected(err, where) };
}

const SEARCH_FIELDS = [
  "q",
  "country",
  "regionId",
  "status",
  "sex",
  "ageMin",
  "ageMax",
  "lastSeenFrom",
  "lastSeenTo",
  "trafficking",
  "hasPhoto",
  "possibleDuplicate",
  "sort",
  "page",
];

export async function searchCasesAction(_prev: SearchState, form: FormData): Promise<SearchState> {
  const values = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const parsed = SearchInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const viewer = await getViewer();
  if (!viewer) return { values, error: "common:errors.signInRequired" };
  try {
    return { values, result: await searchCases(viewer, parsed.data) };
  } catch (err) {
    return { values, ...failure(err, "searchCasesAction") };
  }
}

/** The common shape of every case change. */
async function runCaseAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  change: (viewer: Viewer, data: z.infer<S>) => Promise<void>,
  where: string,
  prev: CaseFormState,
): Promise<CaseFormState> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const viewer = await getViewer();
  if (!viewer) return { error: "common:errors.signInRequired" };
  try {
    await change(viewer, parsed.data);
  } catch (err) {
    return failure(err, where);
  }
  revalidatePath("/[locale]/cases/[caseNumber]", "page");
  return { done: true, version: (prev.version ?? 0) + 1 };
}

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function changeStatusAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    from: field(form, "from"),
    to: field(form, "to"),
    reason: field(form, "reason"),
  };
  return runCaseAction(StatusChangeInput, input, changeCaseStatus, "changeStatusAction", prev);
}

export async function addNoteAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), body: field(form, "body") };
  return runCaseAction(NoteInput, input, addCaseNote, "addNoteAction", prev);
}

export async function setTraffickingAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    flagged: field(form, "flagged"),
    indicators: form.getAll("indicators").map(String),
  };
  return runCaseAction(TraffickingInput, input, setTraffickingFlag, "setTraffickingAction", prev);
}

export async function assignAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    userId: field(form, "userId"),
    organizationId: field(form, "organizationId"),
  };
  return runCaseAction(AssignInput, input, assignCase, "assignAction", prev);
}

export async function markDuplicateAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), duplicateOf: field(form, "duplicateOf") };
  return runCaseAction(DuplicateInput, input, markDuplicate, "markDuplicateAction", prev);
}

export async function unmarkDuplicateAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber") };
  return runCaseAction(CaseRefInput, input, unmarkDuplicate, "unmarkDuplicateAction", prev);
}

export async function publicationAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), approve: field(form, "approve") };
  return runCaseAction(PublicationInput, input, setPublicationApproval, "publicationAction", prev);
}
