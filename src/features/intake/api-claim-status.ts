import "server-only";
// POST /api/v1/claims/status: what the track page shows, as JSON, for a family's app or a
// partner that filed the claim. Number and tracking code travel in the body (never in a URL);
// the track page's per-IP limit applies. A death is never told by message: that status reads
// as closed, with the track page's "please contact the police" text.
import { getT } from "@/i18n/server";
import { parseJsonBody, RateLimitedError, requestLocale } from "@/server/api-problem";
import { getClaimStatus } from "./claim-status";
import { allowRequest, retryAfterSeconds } from "./limits";
import { TrackInput } from "./schemas";

export async function claimStatusRoute(req: Request): Promise<Response> {
  const input = await parseJsonBody(req, TrackInput);
  if (!(await allowRequest("track", req.headers))) throw new RateLimitedError(retryAfterSeconds("track"));
  const s = await getClaimStatus(input.caseNumber, input.trackingCode);
  const t = await getT(requestLocale(req), ["track"]);
  return Response.json(
    {
      caseNumber: s.caseNumber,
      status: s.status === "LOCATED_DECEASED" ? "CLOSED" : s.status,
      // A sealed located adult (decision 154): located and safe, the same words as the track page.
      message: s.sealed ? t("track:sealed") : t(`track:statusHelp.${s.status}`),
      filedAt: s.filedAt.toISOString(),
      lastUpdate: s.lastUpdate.toISOString(),
      countryCode: s.countryCode,
      contact: s.contact.kind === "organization" ? s.contact.name : null,
      publication: s.consentWithdrawnAt
        ? { photo: false, name: false, age: false, lastSeen: false, description: false }
        : s.publication,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
