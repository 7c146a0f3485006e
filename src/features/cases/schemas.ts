// zod schemas for the lookup form and every case action. No server imports: client forms and
// server actions parse with the same schema. Messages are i18n keys of the "cases" namespace.
import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { hasLoneSurrogate, normalizeTextInput } from "../../lib/text";
import { choice, isRealDate, optionalLongText, requiredLongText } from "@/lib/forms/fields";
import { CASE_NUMBER_PATTERN } from "@/lib/case-number";
import { CASE_STATUSES } from "./case-statuses";
import { TRAFFICKING_INDICATORS } from "./trafficking";

/** Empty form fields ("") mean "not given". */
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
// A real calendar day: "2026-02-30" or "9999-99-99" must be a 400, never reach the database.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "cases:validation.date")
  .refine(isRealDate, "cases:validation.date");
const statusEnum = z.enum(CASE_STATUSES, { message: "cases:validation.status" });
/** The search's lower and upper age bounds (years; blank = no bound). */
const optionalAge = z.preprocess(
  blank,
  z.coerce
    .number("cases:validation.age")
    .int("cases:validation.age")
    .min(0, "cases:validation.age")
    .max(120, "cases:validation.age")
    .optional(),
);
const SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;

/** relevance (name matches first), date (last seen, latest first), newest (filed, latest first). */
export const SEARCH_SORTS = ["relevance", "date", "newest"] as const;

export const SearchInput = z
  .object({
    // Normalised like every stored text field, so an invisible character cannot hide a match.
    q: z.preprocess(
      (v) => (typeof v !== "string" ? "" : hasLoneSurrogate(v) ? v : normalizeTextInput(v)),
      z
        .string()
        .max(200, "cases:validation.queryTooLong")
        .refine((s) => !hasLoneSurrogate(s), "cases:validation.queryInvalid"),
    ),
    country: z.preprocess(blank, z.enum(COUNTRY_CODES, { message: "cases:validation.country" }).optional()),
    regionId: z.preprocess(blank, z.uuid("cases:validation.region").optional()),
    status: z.preprocess(blank, statusEnum.optional()),
    sex: z.preprocess(blank, z.enum(SEXES, { message: "cases:validation.sex" }).optional()),
    ageMin: optionalAge,
    ageMax: optionalAge,
    lastSeenFrom: z.preprocess(blank, isoDate.optional()),
    lastSeenTo: z.preprocess(blank, isoDate.optional()),
    trafficking: checkbox,
    hasPhoto: checkbox,
    possibleDuplicate: checkbox,
    sort: z.preprocess(blank, z.enum(SEARCH_SORTS).default("relevance")),
    page: z.preprocess(blank, z.coerce.number().int().min(1).max(500).default(1)),
  })
  .refine((v) => v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax, {
    path: ["ageMax"],
    message: "cases:validation.ageRange",
  })
  .refine((v) => !v.lastSeenFrom || !v.lastSeenTo || v.lastSeenFrom <= v.lastSeenTo, {
    path: ["lastSeenTo"],
    message: "cases:validation.dateRange",
  });
export type SearchInput = z.infer<typeof SearchInput>;

/**
 * The staff work queues of the case list (decision 148): all cases, the viewer's own ("mine":
 * assigned to them) and new claims (REPORTED, in the viewer's country and region). The queue's
 * name may sit in the page address; what the officer types never does.
 */
export const CASE_QUEUES = ["all", "mine", "new"] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];
export const CaseQueueParam = z.preprocess(blank, z.enum(CASE_QUEUES).default("all")).catch("all");

/** The case list's form: the lookup plus the queue (the API's lookup has no queue). */
export const CaseListInput = z.intersection(SearchInput, z.object({ queue: CaseQueueParam }));
export type CaseListInput = z.infer<typeof CaseListInput>;

const caseNumber = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string().regex(CASE_NUMBER_PATTERN, "cases:validation.caseNumber"),
);
const reason = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z.string().min(3, "cases:validation.reasonRequired").max(500, "cases:validation.reasonTooLong"),
);

export const StatusChangeInput = z.object({
  caseNumber,
  from: statusEnum,
  to: statusEnum,
  reason,
});
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

const noteBody = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z.string().min(1, "cases:validation.noteRequired").max(4000, "cases:validation.noteTooLong"),
);
/** A question to the family: shown on their track page, announced by email if they opted in. */
export const InfoRequestInput = z.object({
  caseNumber,
  question: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(3, "notifications:infoRequest.questionRequired")
      .max(1000, "notifications:infoRequest.questionTooLong"),
  ),
});
export type InfoRequestInput = z.infer<typeof InfoRequestInput>;

export const NoteInput = z.object({ caseNumber, body: noteBody });
export type NoteInput = z.infer<typeof NoteInput>;
/** The note of POST /api/v1/cases/{caseNumber}/notes (the case number is in the path). */
export const NoteBody = z.object({ body: noteBody }, { error: "validation:invalid" });

export const TraffickingInput = z
  .object({
    caseNumber,
    flagged: checkbox,
    indicators: z.array(z.enum(TRAFFICKING_INDICATORS, { message: "cases:validation.indicator" })).max(20),
  })
  .refine((v) => !v.flagged || v.indicators.length > 0, {
    path: ["indicators"],
    message: "cases:validation.indicatorRequired",
  });
export type TraffickingInput = z.infer<typeof TraffickingInput>;

export const AssignInput = z.object({
  caseNumber,
  userId: z.preprocess(blank, z.uuid("cases:validation.assignee").optional()),
  organizationId: z.preprocess(blank, z.uuid("cases:validation.assignee").optional()),
});
export type AssignInput = z.infer<typeof AssignInput>;

export const DuplicateInput = z.object({ caseNumber, duplicateOf: caseNumber });
export type DuplicateInput = z.infer<typeof DuplicateInput>;

export const CaseRefInput = z.object({ caseNumber });
export type CaseRefInput = z.infer<typeof CaseRefInput>;

export const PublicationInput = z.object({ caseNumber, approve: checkbox });
export type PublicationInput = z.infer<typeof PublicationInput>;

/** Lets a family photo held for review onto the public pages (decision 182). */
export const PhotoReleaseInput = z.object({ caseNumber, photoId: z.uuid("cases:photoReview.unknown") });
export type PhotoReleaseInput = z.infer<typeof PhotoReleaseInput>;

/**
 * What an officer of another country asks the case's own country (decision 144). A code, so the
 * owning side reads it in its own language; the optional message is the officer's own words.
 */
export const OWNER_REQUEST_NEEDS = ["SEEN", "CONTACT", "INFORMATION", "FOUND_RECORD", "OTHER"] as const;
export type OwnerRequestNeed = (typeof OWNER_REQUEST_NEEDS)[number];

export const OwnerRequestInput = z
  .object({
    caseNumber,
    need: choice(OWNER_REQUEST_NEEDS),
    message: optionalLongText(1000),
  })
  .refine((v) => v.need !== "OTHER" || !!v.message, {
    path: ["message"],
    message: "cases:ownerRequest.messageRequired",
  });
export type OwnerRequestInput = z.infer<typeof OwnerRequestInput>;

/** The owning country's answer to one request (the request's case event id). */
export const OwnerAnswerInput = z.object({
  caseNumber,
  requestId: z.uuid("cases:ownerRequest.unknownRequest"),
  message: requiredLongText(1000),
});
export type OwnerAnswerInput = z.infer<typeof OwnerAnswerInput>;

/** Why the officer opens another country's or a sealed claim (written to the access log). */
export const AccessReasonInput = z.object({ caseNumber, reason });
export type AccessReasonInput = z.infer<typeof AccessReasonInput>;

/** Sealing a located adult's record (they do not want to be found), with the officer's reason. */
export const SealInput = z.object({ caseNumber, reason });
export type SealInput = z.infer<typeof SealInput>;
