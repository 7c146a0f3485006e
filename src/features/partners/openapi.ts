// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers parse
// with and answer in (one source of truth). Served at /api/v1/openapi.json; the reference page
// (/{locale}/developers) is rendered from the same document. A test checks that every route
// file under src/app/api/v1 is described here and that the document validates.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { NoteBody, SearchInput } from "@/features/cases/schemas";
import { FoundInput } from "@/features/found/schemas";
import { ClaimInput, TrackInput } from "@/features/intake/schemas";
import {
  ApiCaseSchema,
  CaseSearchAnswer,
  ClaimReceipt,
  ClaimStatusAnswer,
  FoundReceipt,
  MatchListAnswer,
  NoteAdded,
  PfifImportAnswer,
  Problem,
} from "@/lib/api/schemas";
import type { ApiScope } from "@/server/api-scopes";
import { MatchListQuery, PfifFeedQuery } from "./schemas";

export type Access =
  { kind: "public" } | { kind: "token"; scope: ApiScope; optional?: boolean } | { kind: "session" };

export interface DescribedRoute {
  /** Names the route's line on the reference page (partners:docs.routes.<id>). */
  id: string;
  method: "get" | "post";
  path: string;
  summary: string;
  access: Access;
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const retry = { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" as const } } };
const COMMON = {
  400: problem("Invalid input: `errors` has one entry per field"),
  429: { ...problem("Too many requests"), headers: retry },
  500: problem("Unexpected error: quote `reference`"),
  503: {
    ...problem("The database is busy or unavailable: nothing was changed, retry later"),
    headers: retry,
  },
};
const TOKEN = {
  401: problem("No token, or a wrong, expired or revoked one"),
  403: problem("The token lacks the route's scope"),
};
const caseNumberParam = z.object({ caseNumber: z.string().describe("e.g. BO-2026-000123") });
const photos = z
  .array(z.string().describe("base64 JPEG, PNG or WebP (a data: URL prefix is tolerated)"))
  .max(5)
  .optional();
const xml = (description: string) => ({
  description,
  content: { "application/xml": { schema: { type: "string" as const } } },
});

type Spec = DescribedRoute & { config: Omit<RouteConfig, "method" | "path" | "summary"> };

export const ROUTES: Spec[] = [
  {
    id: "fileClaim",
    method: "post",
    path: "/api/v1/claims",
    summary: "File a claim (the report form's rules; idempotent on submissionId / Idempotency-Key)",
    access: { kind: "token", scope: "claims:create", optional: true },
    config: {
      request: {
        headers: z.object({ "Idempotency-Key": z.string().optional() }),
        body: { content: { "application/json": { schema: ClaimInput.and(z.object({ photos })) } } },
      },
      responses: {
        201: json(ClaimReceipt, "Filed"),
        200: json(ClaimReceipt, "Already filed with the same body: the same receipt"),
        409: problem("This submissionId was filed with a different body"),
        413: problem("Body too large"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "claimStatus",
    method: "post",
    path: "/api/v1/claims/status",
    summary: "A claim's status, by case number and tracking code",
    access: { kind: "public" },
    config: {
      request: { body: { content: { "application/json": { schema: TrackInput } } } },
      responses: {
        200: json(ClaimStatusAnswer, "What the track page shows"),
        404: problem("No such claim, or a wrong code"),
        ...COMMON,
      },
    },
  },
  {
    id: "searchCases",
    method: "post",
    path: "/api/v1/cases/search",
    summary: "Look up cases by name and filters (word-level name matching, across the token's countries)",
    access: { kind: "token", scope: "cases:search" },
    config: {
      request: {
        body: {
          content: {
            "application/json": {
              schema: SearchInput.and(
                z.object({
                  cursor: z
                    .string()
                    .optional()
                    .describe("nextCursor of the previous answer, with the same query; replaces `page`"),
                }),
              ),
            },
          },
        },
      },
      responses: {
        200: json(CaseSearchAnswer, "One page of results; walk them with nextCursor"),
        415: problem("JSON bodies only"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "readCase",
    method: "get",
    path: "/api/v1/cases/{caseNumber}",
    summary: "Read one case (access-logged)",
    access: { kind: "token", scope: "cases:read" },
    config: {
      request: { params: caseNumberParam },
      responses: {
        200: json(ApiCaseSchema, "The case"),
        404: problem("Not found, or not allowed (the same answer)"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "addNote",
    method: "post",
    path: "/api/v1/cases/{caseNumber}/notes",
    summary: "Add a note to a case",
    access: { kind: "token", scope: "cases:note" },
    config: {
      request: { params: caseNumberParam, body: { content: { "application/json": { schema: NoteBody } } } },
      responses: {
        201: json(NoteAdded, "Added"),
        404: problem("Not found, or not allowed (the same answer)"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "pfifPersons",
    method: "get",
    path: "/api/v1/pfif/persons",
    summary:
      "PFIF 1.4 persons with their notes (police partners: their scope; others: the public bulletin only)",
    access: { kind: "token", scope: "pfif:read" },
    config: {
      request: { query: PfifFeedQuery },
      responses: {
        200: {
          ...xml("A PFIF 1.4 document; the next page is in the Link header (rel=next) and X-Next-Cursor"),
          headers: { Link: { description: "Next page", schema: { type: "string" } } },
        },
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "pfifNotes",
    method: "get",
    path: "/api/v1/pfif/notes",
    summary: "PFIF 1.4 notes of the same persons",
    access: { kind: "token", scope: "pfif:read" },
    config: {
      request: { query: PfifFeedQuery },
      responses: { 200: xml("A PFIF 1.4 notes document"), ...COMMON, ...TOKEN },
    },
  },
  {
    id: "pfifImport",
    method: "post",
    path: "/api/v1/pfif",
    summary: "Import a PFIF 1.1-1.4 document: each person becomes (or updates) a claim; a per-record report",
    access: { kind: "token", scope: "pfif:write" },
    config: {
      request: { body: { content: { "application/xml": { schema: z.string() } } } },
      responses: {
        200: json(PfifImportAnswer, "Per-record report (refused records listed with line and reason)"),
        413: problem("Document too large (5 MB)"),
        415: problem("XML bodies only"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "recordFound",
    method: "post",
    path: "/api/v1/found",
    summary: "Record a found or unidentified person (idempotent on submissionId); matching runs after commit",
    access: { kind: "token", scope: "found:create" },
    config: {
      request: { body: { content: { "application/json": { schema: FoundInput } } } },
      responses: {
        201: json(FoundReceipt, "Recorded"),
        200: json(FoundReceipt, "Already recorded under this submissionId"),
        ...COMMON,
        ...TOKEN,
      },
    },
  },
  {
    id: "listMatches",
    method: "get",
    path: "/api/v1/matches",
    summary: "Match proposals the token's police unit sees, best first",
    access: { kind: "token", scope: "matches:read" },
    config: {
      request: { query: MatchListQuery },
      responses: { 200: json(MatchListAnswer, "One page of proposals"), ...COMMON, ...TOKEN },
    },
  },
  {
    id: "statsCsv",
    method: "get",
    path: "/api/v1/stats/csv",
    summary: "The statistics page as CSV (exact figures for signed-in staff, protected ones otherwise)",
    access: { kind: "public" },
    config: {
      request: { query: z.object({ country: z.string().optional(), locale: z.string().optional() }) },
      responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...COMMON },
    },
  },
  {
    id: "openapi",
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    access: { kind: "public" },
    config: {
      responses: {
        200: {
          description: "OpenAPI 3.1",
          content: { "application/json": { schema: z.object({}).loose() } },
        },
      },
    },
  },
];

export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "An API token issued by an administrator (Authorization: Bearer rtk_...)",
  });
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "A signed-in staff session (the portal's own pages)",
  });
  for (const r of ROUTES) {
    const security: Record<string, string[]>[] =
      r.access.kind === "token"
        ? r.access.optional
          ? [{}, { bearer: [r.access.scope] }]
          : [{ bearer: [r.access.scope] }]
        : r.access.kind === "session"
          ? [{ session: [] }]
          : [];
    registry.registerPath({ method: r.method, path: r.path, summary: r.summary, security, ...r.config });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Reencuentro API",
      version: "1",
      description:
        "Partner access to the Latin American missing persons portal. Errors are RFC 9457 problem details. Tokens never outrank their organisation's staff; out of scope and missing look the same (404).",
    },
    servers: [{ url: serverUrl }],
  });
}
