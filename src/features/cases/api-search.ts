import "server-only";
import { AppError, logUnexpected } from "@/server/errors";
import { fieldErrorsFrom } from "@/server/result";
import { getViewer } from "@/server/session";
import { searchCases } from "./data";
import { SearchInput } from "./schemas";

const headers = { "Cache-Control": "private, no-store" };

/**
 * POST /api/v1/cases/search: the lookup as JSON for partner tools (and the load benchmark),
 * signed in with the staff session cookie. Same schema, same data function, same scope as the
 * page. Only JSON bodies are accepted: a cross-site HTML form cannot send one, and a cross-site
 * script cannot read the answer.
 */
export async function handleCaseSearchPost(request: Request): Promise<Response> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return Response.json({ error: "cases:api.jsonOnly" }, { status: 415, headers });
  }
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "common:errors.signInRequired" }, { status: 401, headers });
  const body: unknown = await request.json().catch(() => null);
  const parsed = SearchInput.safeParse(body ?? {});
  if (!parsed.success) {
    return Response.json(
      { error: "validation", fieldErrors: fieldErrorsFrom(parsed.error.issues) },
      { status: 400, headers },
    );
  }
  try {
    return Response.json(await searchCases(viewer, parsed.data), { headers });
  } catch (err) {
    if (err instanceof AppError) return Response.json({ error: err.key }, { status: err.status, headers });
    const reference = logUnexpected(err, "POST /api/v1/cases/search");
    return Response.json({ error: "common:errors.unexpected", reference }, { status: 500, headers });
  }
}
