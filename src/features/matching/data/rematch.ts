import "server-only";
import { AppError } from "@/server/errors";
import { queueJob } from "@/server/jobs";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { log } from "@/server/logger";

/**
 * Queues the full re-match (jobs.ts: found records, then claims, in resumable batches). Matching
 * crosses every country, so only the super-admin starts it; a second click within a minute is
 * the same run.
 */
export async function startFullRematch(viewer: Viewer): Promise<void> {
  if (!can(viewer, "match:rematch") || !viewer.isSuperAdmin || viewer.practiceSessionId)
    throw new AppError("common:errors.forbidden", 403);
  await queueJob(
    "match-rematch",
    { kind: "found", after: null },
    { singletonKey: "match-rematch-start", singletonSeconds: 60 },
  );
  log().info({ userId: viewer.id }, "matching: full re-match queued");
}
