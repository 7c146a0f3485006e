import { claimStatusRoute } from "@/features/intake/api-claim-status";
import { apiRoute } from "@/server/api-problem";

export const dynamic = "force-dynamic";

/** A claim's status by case number + tracking code (public; the track page's limit applies). */
export const POST = apiRoute("POST /api/v1/claims/status", claimStatusRoute);
