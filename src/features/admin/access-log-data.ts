import "server-only";
import { logCaseAccess } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { adminCountryScope, can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";

const MAX_ROWS = 500;

/**
 * Who read a case, when and why: for admins with case:readAccessLog, over the real cases of the
 * countries they administer. Looking at the log is itself a look at the case, so it is logged
 * in the same transaction. Read-only: nothing here (or anywhere in the app) edits these rows.
 */
export async function getCaseAccessLog(viewer: Viewer, caseNumber: string) {
  const scope = viewer && !viewer.practiceSessionId ? adminCountryScope(viewer) : null;
  if (!scope || !can(viewer, "case:readAccessLog")) throw new NotFoundError();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const found = await tx.case.findFirst({
      where: { caseNumber, practiceSessionId: null, ...scope },
      select: { id: true, caseNumber: true, countryCode: true },
    });
    if (!found) throw new NotFoundError();
    await logCaseAccess(tx, { caseId: found.id, userId: viewer.id, action: "accessLog.view" });
    // One connection per transaction: queries in it run one after another, never in parallel.
    const total = await tx.caseAccessLog.count({ where: { caseId: found.id } });
    const rows = await tx.caseAccessLog.findMany({
      where: { caseId: found.id },
      orderBy: { createdAt: "desc" },
      take: MAX_ROWS,
      select: {
        id: true,
        action: true,
        reason: true,
        createdAt: true,
        user: {
          select: {
            name: true,
            email: true,
            role: true,
            countryCode: true,
            organization: { select: { name: true } },
          },
        },
      },
    });
    return { caseNumber: found.caseNumber, countryCode: found.countryCode, total, rows };
  });
}
