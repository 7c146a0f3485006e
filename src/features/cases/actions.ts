"use server";
// Server actions of the cases feature, all through the one pipeline (src/server/action.ts):
// parse with the zod schema -> who is asking -> data function (which scopes and authorizes) ->
// revalidate -> ActionResult.
import type { z } from "zod";
import { formValues, runAction, runChangeAction, type ChangeState } from "@/server/action";
import type { ActionState } from "@/server/result";
import type { Viewer } from "@/server/viewer";
import {
  addCaseNote,
  answerOwnerRequest,
  giveAccessReason,
  assignCase,
  changeCaseStatus,
  mergeClaims,
  requestFamilyInformation,
  releaseHeldPhoto,
  requestOwningCountry,
  sealCase,
  searchCases,
  setPublicationApproval,
  setTraffickingFlag,
  unmergeClaim,
  unsealCase,
} from "./data";
import {
  AccessReasonInput,
  AssignInput,
  CaseListInput,
  CaseRefInput,
  DuplicateInput,
  InfoRequestInput,
  NoteInput,
  OwnerAnswerInput,
  OwnerRequestInput,
  PhotoReleaseInput,
  PublicationInput,
  SealInput,
  StatusChangeInput,
  TraffickingInput,
} from "./schemas";
import type { CaseSearchPage } from "./data/search-query";

/** A case change: `version` is bumped on every success so the form can reset itself. */
export type CaseFormState = ChangeState;
/** The search; `values` echo the submitted form (it is never put in a URL). */
export type SearchState = ActionState<CaseSearchPage>;

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
  "queue",
];

export async function searchCasesAction(_prev: SearchState, form: FormData): Promise<SearchState> {
  const values = formValues(form, SEARCH_FIELDS);
  return runAction(CaseListInput, values, (input, viewer) => searchCases(viewer, input), {
    where: "searchCasesAction",
    values,
  });
}

/** Every case change: the pipeline, then the case page again with the form's version bumped. */
const changeCase = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  change: (viewer: Viewer, data: z.infer<S>) => Promise<void>,
  where: string,
  prev: CaseFormState,
) => runChangeAction(schema, input, change, { where, prev, revalidate: "/[locale]/cases/[caseNumber]" });

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function changeStatusAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    from: field(form, "from"),
    to: field(form, "to"),
    reason: field(form, "reason"),
  };
  return changeCase(StatusChangeInput, input, changeCaseStatus, "changeStatusAction", prev);
}

export async function addNoteAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), body: field(form, "body") };
  return changeCase(NoteInput, input, addCaseNote, "addNoteAction", prev);
}

export async function requestInfoAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), question: field(form, "question") };
  return changeCase(InfoRequestInput, input, requestFamilyInformation, "requestInfoAction", prev);
}

export async function setTraffickingAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    flagged: field(form, "flagged"),
    indicators: form.getAll("indicators").map(String),
  };
  return changeCase(TraffickingInput, input, setTraffickingFlag, "setTraffickingAction", prev);
}

export async function assignAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    userId: field(form, "userId"),
    organizationId: field(form, "organizationId"),
  };
  return changeCase(AssignInput, input, assignCase, "assignAction", prev);
}

export async function mergeClaimsAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), duplicateOf: field(form, "duplicateOf") };
  return changeCase(DuplicateInput, input, mergeClaims, "mergeClaimsAction", prev);
}

export async function unmergeClaimAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber") };
  return changeCase(CaseRefInput, input, unmergeClaim, "unmergeClaimAction", prev);
}

export async function publicationAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), approve: field(form, "approve") };
  return changeCase(PublicationInput, input, setPublicationApproval, "publicationAction", prev);
}

/** A family photo held for review goes onto the public pages (decision 182). */
export async function releasePhotoAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), photoId: field(form, "photoId") };
  return changeCase(PhotoReleaseInput, input, releaseHeldPhoto, "releasePhotoAction", prev);
}

/** A request to the case's own country, from an officer of another one (decision 145). */
export async function requestOwnerAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    need: field(form, "need"),
    message: field(form, "message"),
  };
  return changeCase(OwnerRequestInput, input, requestOwningCountry, "requestOwnerAction", prev);
}

export async function answerOwnerRequestAction(prev: CaseFormState, form: FormData) {
  const input = {
    caseNumber: field(form, "caseNumber"),
    requestId: field(form, "requestId"),
    message: field(form, "message"),
  };
  return changeCase(OwnerAnswerInput, input, answerOwnerRequest, "answerOwnerRequestAction", prev);
}

/** The officer's reason for opening another country's or a sealed claim; the page then opens it. */
export async function giveAccessReasonAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), reason: field(form, "reason") };
  return changeCase(AccessReasonInput, input, giveAccessReason, "giveAccessReasonAction", prev);
}

/**
 * Seals a located adult's record or lifts the seal (decision 154), as the form's `mode` says:
 * one action, so a form that turned from "seal" into "unseal" after a success keeps its answer
 * (with and without JavaScript). sealCase/unsealCase decide who may and refuse the rest.
 */
export async function sealChangeAction(prev: CaseFormState, form: FormData) {
  const input = { caseNumber: field(form, "caseNumber"), reason: field(form, "reason") };
  const change = form.get("mode") === "unseal" ? unsealCase : sealCase;
  return changeCase(SealInput, input, change, "sealChangeAction", prev);
}
