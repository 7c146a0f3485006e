import { postClaimPhoto } from "@/features/intake/api-claim-photo";
import { apiRoute } from "@/server/api-problem";

export const dynamic = "force-dynamic";

export const POST = apiRoute("POST /api/report-photos", postClaimPhoto);
