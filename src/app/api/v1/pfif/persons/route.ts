import { partnerRoute } from "@/features/partners/api-auth";
import { pfifFeed } from "@/features/partners/pfif-routes";

export const dynamic = "force-dynamic";

/** PFIF 1.4 persons (with their notes) the token may see (pfif:read). */
export const GET = partnerRoute("GET /api/v1/pfif/persons", "pfif:read", pfifFeed("persons"));
