import "server-only";
// GET /api/v1/cases/{caseNumber} and POST .../notes for partner systems (token scopes
// cases:read / cases:note). The same data functions as the case page: scope, access log and
// the "not found or not allowed" answer all come from there.
import type { z } from "zod";
import type { ApiCaseSchema } from "@/lib/api/schemas";
import { parseJsonBody } from "@/server/api-problem";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { addCaseNote, getCaseForViewer, type CaseDetail } from "./data";
import { NoteBody, NoteInput } from "./schemas";

type Params = { params: Promise<{ caseNumber: string }> };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The case as the API gives it: no internal ids, dates in ISO 8601, the timeline without tips. */
export function apiCaseOf(c: CaseDetail): z.infer<typeof ApiCaseSchema> {
  return {
    caseNumber: c.caseNumber,
    countryCode: c.countryCode,
    status: c.status,
    createdAt: iso(c.createdAt),
    person: {
      givenNames: c.givenNames,
      familyNames: c.familyNames,
      otherNames: c.otherNames,
      sex: c.sex,
      dateOfBirth: iso(c.dateOfBirth)?.slice(0, 10) ?? null,
      approxAge: c.approxAge,
      nationality: c.nationality,
      languages: c.languages,
      heightCm: c.heightCm,
      build: c.build,
      hair: c.hair,
      eyeColour: c.eyeColour,
      distinguishingMarks: c.distinguishingMarks,
      clothing: c.clothing,
      medicalNeeds: c.medicalNeeds,
    },
    lastSeen: {
      region: c.region?.name ?? null,
      city: c.lastSeenCity,
      at: iso(c.lastSeenAt),
      timeKnown: c.lastSeenTimeKnown,
    },
    circumstances: c.circumstances,
    riskIndicators: c.riskIndicators,
    traffickingFlag: c.traffickingFlag,
    assignedOrganization: c.assignedOrg?.name ?? null,
    duplicateOf: c.duplicateOf?.caseNumber ?? null,
    photos: c.photos.length,
    timeline: c.timeline
      .filter((e) => e.kind === "event")
      .map((e) => ({
        at: iso(e.at),
        type: e.type,
        field: e.field,
        oldValue: e.oldValue,
        newValue: e.newValue,
        reason: e.reason,
        body: e.body,
        source: e.source,
      })),
  };
}

const noStore = { "Cache-Control": "private, no-store" };

export async function getCaseRoute(_req: Request, viewer: Viewer, ctx: Params): Promise<Response> {
  const { caseNumber } = await ctx.params;
  const detail = await getCaseForViewer(viewer, decodeURIComponent(caseNumber), "VIEW");
  // Partner systems get a whole record or none: the identifying card and a sealed record are
  // for people reading a page, and a feed would copy them past the family's choice.
  if (detail.access !== "full") throw new NotFoundError();
  return Response.json(apiCaseOf(detail), { headers: noStore });
}

export async function addNoteRoute(req: Request, viewer: Viewer, ctx: Params): Promise<Response> {
  const { caseNumber } = await ctx.params;
  const { body } = await parseJsonBody(req, NoteBody);
  const input = NoteInput.parse({ caseNumber: decodeURIComponent(caseNumber), body });
  await addCaseNote(viewer, input);
  return Response.json({ caseNumber: input.caseNumber, added: true }, { status: 201, headers: noStore });
}
