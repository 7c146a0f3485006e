import "server-only";
import type { Tx } from "@/server/db";

export type TimelineEntry =
  | {
      kind: "event";
      id: string;
      at: Date;
      type: string;
      actorKind: string;
      actorName: string | null;
      field: string | null;
      oldValue: string | null;
      newValue: string | null;
      reason: string | null;
      body: string | null;
      /** Who wrote it at the partner, for notes imported from a partner system (PFIF). */
      source: string | null;
      /** The merged claim it belongs to, when shown on the primary (decision 091). */
      fromCase?: string;
    }
  | {
      kind: "tip";
      id: string;
      at: Date;
      body: string;
      seenWhere: string | null;
      seenWhen: string | null;
      contact: string | null;
      readAt: Date | null;
      fromCase?: string;
    };

/** Case events, notes (NOTE_ADDED events) and, for roles that may read them, tips; newest first. */
export async function buildTimeline(
  tx: Tx,
  caseIds: string[],
  withTips: boolean,
  /** Merged claims' ids -> their numbers: their entries are labelled with it. */
  merged: ReadonlyMap<string, string> = new Map(),
): Promise<TimelineEntry[]> {
  const events = await tx.caseEvent.findMany({
    where: { caseId: { in: caseIds } },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      caseId: true,
      createdAt: true,
      type: true,
      actorKind: true,
      actor: { select: { name: true } },
      field: true,
      oldValue: true,
      newValue: true,
      reason: true,
      body: true,
      pfifImport: { select: { authorName: true } },
    },
  });
  const tips = withTips
    ? await tx.tip.findMany({
        where: { caseId: { in: caseIds } },
        orderBy: { createdAt: "desc" },
        take: 500,
        select: {
          id: true,
          caseId: true,
          createdAt: true,
          body: true,
          seenWhere: true,
          seenWhen: true,
          contact: true,
          readAt: true,
        },
      })
    : [];
  const entries: TimelineEntry[] = [
    ...events.map(({ createdAt, actor, pfifImport, caseId, ...e }) => ({
      kind: "event" as const,
      at: createdAt,
      actorName: actor?.name ?? null,
      source: pfifImport?.authorName ?? null,
      ...from(merged, caseId),
      ...e,
    })),
    ...tips.map(({ createdAt, caseId, ...t }) => ({
      kind: "tip" as const,
      at: createdAt,
      ...from(merged, caseId),
      ...t,
    })),
  ];
  // Equal timestamps (one transaction) keep insertion order reversed via the stable sort.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}

function from(merged: ReadonlyMap<string, string>, caseId: string): { fromCase?: string } {
  const n = merged.get(caseId);
  return n ? { fromCase: n } : {};
}
