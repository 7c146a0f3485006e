import "server-only";
// GET /api/v1/matches for partner systems (token scope matches:read): the review queue as the
// token's police unit sees it (matchReadScope). Reviewing stays on the portal's pages.
import type { z } from "zod";
import type { MatchListAnswer } from "@/lib/api/schemas";
import type { Viewer } from "@/server/viewer";
import { listProposals } from "./data";
import { MatchListQuery } from "@/features/partners/schemas";

export async function listMatchesRoute(req: Request, viewer: Viewer): Promise<Response> {
  const q = new URL(req.url).searchParams;
  const input = MatchListQuery.parse({
    status: q.get("status") ?? undefined,
    page: q.get("page") ?? undefined,
  });
  const list = await listProposals(viewer, input);
  const answer: z.infer<typeof MatchListAnswer> = {
    page: list.page,
    hasMore: list.hasMore,
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
