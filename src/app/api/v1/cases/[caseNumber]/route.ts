import { getCaseRoute } from "@/features/cases/api-case";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

/** One case in the token's scope (cases:read); every read is access-logged as a staff read is. */
export const GET = partnerRoute("GET /api/v1/cases/{caseNumber}", "cases:read", getCaseRoute);
