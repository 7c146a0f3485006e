import { fileClaimFromRequest, handleClaimPost } from "@/features/intake/api-claims";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

const withToken = partnerRoute("POST /api/v1/claims", "claims:create", fileClaimFromRequest);

/**
 * Files a claim: the same schema and idempotency as the report form. Public; a partner system
 * that sends a token (claims:create) gets the token's limit and is recorded as the source.
 */
export function POST(request: Request) {
  return request.headers.has("authorization") ? withToken(request, {}) : handleClaimPost(request);
}
