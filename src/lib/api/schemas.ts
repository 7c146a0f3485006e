// What the v1 API answers, as zod schemas: the OpenAPI document is generated from these and
// from the request schemas the handlers parse with (openapi.ts). The handlers' return types are
// typed from them, so the two cannot drift apart.
import { z } from "zod";

const isoDate = z.string().describe("ISO 8601 date-time, UTC");

export const Problem = z
  .object({
    type: z.string().describe("A URI reference naming the kind of problem"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("In the request's language (?lang=, Accept-Language; default es)"),
    code: z.string().describe("Stable i18n key of the detail, for programs"),
    errors: z
      .record(z.string(), z.object({ code: z.string(), detail: z.string() }))
      .optional()
      .describe("Per field, keyed by the field's path (person.givenNames)"),
    reference: z.string().optional().describe("Quote it to the administrators (unexpected errors, outages)"),
  })
  .describe("RFC 9457 problem details (application/problem+json)");

export const ClaimReceipt = z.object({
  caseNumber: z.string(),
  trackingCode: z.string().describe("Shown once to the family; needed to follow the claim"),
  replayed: z
    .boolean()
    .optional()
    .describe("true when this submissionId was already filed with the same body"),
});

export const ClaimStatusAnswer = z.object({
  caseNumber: z.string(),
  status: z
    .enum(["REPORTED", "VERIFIED", "ACTIVE", "LOCATED_ALIVE", "CLOSED", "REJECTED"])
    .describe("A death is never told by message: it reads as CLOSED, with the advice to contact the police"),
  message: z.string(),
  filedAt: isoDate,
  lastUpdate: isoDate,
  countryCode: z.string(),
  contact: z.string().nullable().describe("The organisation working the case, if assigned"),
  publication: z.object({ photo: z.boolean(), name: z.boolean(), age: z.boolean(), lastSeen: z.boolean() }),
});

const nextCursor = z
  .string()
  .nullable()
  .describe("Pass as `cursor` for the next page; null on the last page");

export const CaseSearchAnswer = z.object({
  rows: z.array(
    z
      .object({
        caseNumber: z.string(),
        countryCode: z.string(),
        givenNames: z.string(),
        familyNames: z.string(),
      })
      .loose(),
  ),
  page: z.number().int(),
  hasMore: z.boolean(),
  broadened: z.boolean().describe("No case had every typed word; these match all words but one"),
  nextCursor,
});

const nullableText = z.string().nullable();
export const ApiCaseSchema = z.object({
  caseNumber: z.string(),
  countryCode: z.string(),
  status: z.string(),
  createdAt: isoDate.nullable(),
  person: z.object({
    givenNames: z.string(),
    familyNames: z.string(),
    otherNames: nullableText,
    sex: z.string(),
    dateOfBirth: nullableText,
    approxAge: z.number().int().nullable(),
    nationality: nullableText,
    languages: z.array(z.string()),
    heightCm: z.number().int().nullable(),
    build: nullableText,
    hair: nullableText,
    eyeColour: nullableText,
    distinguishingMarks: nullableText,
    clothing: nullableText,
    medicalNeeds: nullableText,
  }),
  lastSeen: z.object({
    region: nullableText,
    city: z.string(),
    at: isoDate.nullable(),
    timeKnown: z.boolean(),
  }),
  circumstances: z.string(),
  riskIndicators: z.array(z.string()),
  traffickingFlag: z.boolean(),
  assignedOrganization: nullableText,
  duplicateOf: nullableText,
  photos: z.number().int(),
  timeline: z.array(
    z.object({
      at: isoDate.nullable(),
      type: z.string(),
      field: nullableText,
      oldValue: nullableText,
      newValue: nullableText,
      reason: nullableText,
      body: nullableText,
      source: nullableText,
    }),
  ),
});

export const NoteAdded = z.object({ caseNumber: z.string(), added: z.literal(true) });

export const PfifImportAnswer = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  records: z.array(
    z.object({
      kind: z.enum(["person", "note"]),
      line: z.number().int(),
      recordId: z.string().nullable(),
      result: z.enum(["created", "updated", "unchanged", "refused"]),
      caseNumber: z.string().optional(),
      problems: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
    }),
  ),
});

export const FoundReceipt = z.object({
  foundNumber: z.string(),
  created: z.boolean().describe("false when this submissionId was already recorded: nothing new was written"),
});

export const MatchListAnswer = z.object({
  nextCursor,
  rows: z.array(
    z.object({
      id: z.string(),
      kind: z.string().describe("FOUND (a claim and a found person) or DUPLICATE (two claims)"),
      score: z.number(),
      status: z.string(),
      createdAt: z.string(),
      caseCountryCode: z.string(),
      otherCountryCode: z.string(),
      caseNumber: z.string(),
      foundNumber: z.string().nullable(),
      otherCaseNumber: z.string().nullable(),
    }),
  ),
});
