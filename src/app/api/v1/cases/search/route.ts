import { handleCaseSearchPost, searchAnswer } from "@/features/cases/api-search";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

const withToken = partnerRoute("POST /api/v1/cases/search", "cases:search", searchAnswer);

/**
 * The case lookup as JSON: a partner system with a cases:search token, or signed-in staff with
 * their session cookie (see features/cases/api-search.ts). A request that carries an
 * Authorization header is judged by its token only.
 */
export function POST(request: Request) {
  return request.headers.has("authorization") ? withToken(request, {}) : handleCaseSearchPost(request);
}
