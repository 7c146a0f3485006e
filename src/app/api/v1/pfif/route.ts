import { partnerRoute } from "@/features/partners/api-auth";
import { pfifImport } from "@/features/partners/pfif-routes";

export const dynamic = "force-dynamic";

/** Imports a PFIF 1.1-1.4 document (token with pfif:write); answers a per-record report. */
export const POST = partnerRoute("POST /api/v1/pfif", "pfif:write", pfifImport);
