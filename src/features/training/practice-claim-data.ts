import "server-only";
import { fileClaim, type FiledClaim } from "@/features/intake/data";
import type { ClaimInput } from "@/features/intake/schemas";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { TrainingInputError } from "./access";
import { practiceCasePrefix } from "./codes";

/**
 * Files a claim into the practice login's own sandbox: the real intake path, with the case
 * tied to the session (practiceSessionId) and numbered PRACTICE-XX-..., so every real query
 * (which filters practiceSessionId null) ignores it. Only practice logins may do this.
 */
export async function filePracticeClaim(viewer: Viewer, input: ClaimInput): Promise<FiledClaim> {
  if (!viewer?.practiceSessionId) throw new NotFoundError();
  const db = await getDb();
  const session = await db.trainingSession.findUnique({
    where: { id: viewer.practiceSessionId },
    select: { id: true, countryCode: true },
  });
  if (!session) throw new NotFoundError();
  if (input.lastSeen.country !== session.countryCode)
    throw new TrainingInputError({ "lastSeen.country": "training:validation.invalidChoice" });
  return fileClaim(input, {
    practiceSessionId: session.id,
    casePrefix: practiceCasePrefix(session.countryCode),
  });
}
