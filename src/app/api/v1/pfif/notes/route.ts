import { partnerRoute } from "@/features/partners/api-auth";
import { pfifFeed } from "@/features/partners/pfif-routes";

export const dynamic = "force-dynamic";

/** PFIF 1.4 notes of the persons the token may see (pfif:read). */
export const GET = partnerRoute("GET /api/v1/pfif/notes", "pfif:read", pfifFeed("notes"));
