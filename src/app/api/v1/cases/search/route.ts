import { handleCaseSearchPost } from "@/features/cases/api-search";

export const dynamic = "force-dynamic";

/** The case lookup as JSON, for signed-in staff (see features/cases/api-search.ts). */
export function POST(request: Request) {
  return handleCaseSearchPost(request);
}
