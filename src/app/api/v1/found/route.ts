import { recordFoundRoute } from "@/features/found/api-found";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

/** Records a found or unidentified person (found:create); matching runs after commit. */
export const POST = partnerRoute("POST /api/v1/found", "found:create", recordFoundRoute);
