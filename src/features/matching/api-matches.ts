import "server-only";
// GET /api/v1/matches for partner systems (token scope matches:read): the review queue as the
// token's police unit sees it (matchReadScope), best first, in keyset pages (nextCursor).
// Reviewing stays on the portal's pages.
import { z } from "zod";
import { cursorId, cursorInstant, cursorScore, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import type { MatchListAnswer } from "@/lib/api/schemas";
import { ValidationError } from "@/server/api-problem";
import { fieldErrorsFrom } from "@/server/result";
import type { Viewer } from "@/server/viewer";
import { MatchListQuery } from "@/features/partners/schemas";
import { listProposalsAfter, type ProposalKey } from "./data";

// The status is part of the key: a cursor of the PROPOSED list does not page the REJECTED one.
const MatchKey = z.tuple([z.literal("match"), z.string(), cursorScore, cursorInstant, cursorId]);

function queryOf(req: Request) {
  const q = new URL(req.url).searchParams;
  const parsed = MatchListQuery.safeParse({
    status: q.get("status") ?? undefined,
    cursor: q.get("cursor") ?? undefined,
    limit: q.get("limit") ?? undefined,
  });
  if (!parsed.success)
    throw new ValidationError(fieldErrorsFrom(parsed.error.issues), "partners:errors.query");
  const { status, cursor, limit } = parsed.data;
  if (cursor === undefined) return { status, limit };
  const key = decodeCursor(cursor, MatchKey);
  if (!key || key[1] !== status)
    throw new ValidationError({ cursor: "partners:errors.cursor" }, "partners:errors.query");
  const after: ProposalKey = { score: key[2], createdAt: key[3], id: key[4] };
  return { status, limit, after };
}

export async function listMatchesRoute(req: Request, viewer: Viewer): Promise<Response> {
  const query = queryOf(req);
  const list = await listProposalsAfter(viewer, query);
  const answer: z.infer<typeof MatchListAnswer> = {
    nextCursor: list.next
      ? encodeCursor([
          "match",
          query.status,
          list.next.score,
          list.next.createdAt.toISOString(),
          list.next.id,
        ])
      : null,
    rows: list.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      score: r.score,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      caseCountryCode: r.caseCountryCode,
      otherCountryCode: r.otherCountryCode,
      caseNumber: r.case.caseNumber,
      foundNumber: r.foundPerson?.foundNumber ?? null,
      otherCaseNumber: r.otherCase?.caseNumber ?? null,
    })),
  };
  return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
}
