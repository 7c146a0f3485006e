import { handleClaimPost } from "@/features/intake/api-claims";

export const dynamic = "force-dynamic";

/** Files a claim for a partner system: the same schema and idempotency as the report form. */
export function POST(request: Request) {
  return handleClaimPost(request);
}
