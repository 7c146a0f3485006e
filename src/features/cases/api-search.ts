import "server-only";
import { apiRoute, parseJsonBody } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { getViewer } from "@/server/session";
import { searchCases } from "./data";
import { SearchInput } from "./schemas";

const headers = { "Cache-Control": "private, no-store" };

/**
 * POST /api/v1/cases/search: the lookup as JSON for partner tools (and the load benchmark),
 * signed in with the staff session cookie. Same schema, same data function, same scope as the
 * page. Only JSON bodies are accepted: a cross-site HTML form cannot send one, and a cross-site
 * script cannot read the answer. Refusals are problem+json (server/api-problem.ts).
 */
export const handleCaseSearchPost = apiRoute("POST /api/v1/cases/search", async (request: Request) => {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json"))
    throw new AppError("cases:api.jsonOnly", 415);
  const viewer = await getViewer();
  if (!viewer) throw new AppError("common:errors.signInRequired", 401);
  const input = await parseJsonBody(request, SearchInput);
  return Response.json(await searchCases(viewer, input), { headers });
});
