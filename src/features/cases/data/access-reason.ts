import "server-only";
import { logCaseAccess } from "@/server/audit";
import { needsAccessReason, type ConsentFacts } from "@/server/consent";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { caseReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { AccessReasonInput } from "../schemas";

/** How long a reason given for a claim covers the officer's reads of it (the decision's window). */
export const REASON_WINDOW_MS = 30 * 60 * 1000;

/** Opening another country's or a sealed claim needs a reason first (the page asks for it). */
export class ReasonRequiredError extends AppError {
  constructor(readonly caseNumber: string) {
    super("cases:reason.required", 403);
  }
}

export const consentFactsSelect = {
  id: true,
  caseNumber: true,
  countryCode: true,
  crossBorderConsent: true,
  sealedAt: true,
  assignedOrgId: true,
  practiceSessionId: true,
} as const;

/**
 * The reason the viewer gave for this claim within the window, or ReasonRequiredError. Claims
 * that need none (own country, not sealed) give null.
 */
export async function reasonForRead(
  tx: Tx,
  viewer: Viewer,
  c: ConsentFacts & { id: string; caseNumber: string },
  given: string | null | undefined,
): Promise<string | null> {
  if (given) return given;
  if (!needsAccessReason(viewer, c)) return null;
  const last = await tx.caseAccessLog.findFirst({
    where: {
      caseId: c.id,
      userId: viewer.id,
      action: "REASON",
      createdAt: { gte: new Date(Date.now() - REASON_WINDOW_MS) },
    },
    orderBy: { createdAt: "desc" },
    select: { reason: true },
  });
  if (!last?.reason) throw new ReasonRequiredError(c.caseNumber);
  return last.reason;
}

/** The officer says why they open the claim: one REASON row in the access log, nothing else. */
export async function giveAccessReason(viewer: Viewer, input: AccessReasonInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await tx.case.findFirst({
      where: { caseNumber: input.caseNumber, ...caseReadScope(viewer) },
      select: { id: true },
    });
    if (!c) throw new NotFoundError();
    await logCaseAccess(tx, { caseId: c.id, userId: viewer.id, action: "REASON", reason: input.reason });
  });
}
