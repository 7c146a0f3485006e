import { listMatchesRoute } from "@/features/matching/api-matches";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

/** Match proposals the token's police unit sees (matches:read). */
export const GET = partnerRoute("GET /api/v1/matches", "matches:read", listMatchesRoute);
