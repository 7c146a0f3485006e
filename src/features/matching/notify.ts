import "server-only";
import { addInboxItems, type NewInboxItem } from "@/features/inbox/data";
import type { MatchTx } from "./engine/match-record";
import type { WrittenProposal } from "./engine/proposals";

/** Police of both countries hear about a new proposal (one audience item per country). */
export async function notifyNewProposals(tx: MatchTx, fresh: readonly WrittenProposal[]): Promise<void> {
  if (!fresh.length) return;
  const rows = await tx.matchProposal.findMany({
    where: { id: { in: fresh.map((f) => f.id) } },
    select: {
      id: true,
      kind: true,
      caseId: true,
      otherCaseId: true,
      caseCountryCode: true,
      otherCountryCode: true,
      updatedAt: true,
    },
  });
  const items: NewInboxItem[] = rows.flatMap((p) =>
    [...new Set([p.caseCountryCode, p.otherCountryCode])].map((country) => ({
      kind: "MATCH" as const,
      caseId: p.caseId,
      otherCaseId: p.otherCaseId,
      to: { countryCode: country, roles: ["POLICE" as const] },
      fromCountryCode: country === p.caseCountryCode ? p.otherCountryCode : p.caseCountryCode,
      reasons: [`MATCH:${p.kind}`],
      refId: p.id,
      dedupeKey: `match:${p.id}:${country}:${p.updatedAt.toISOString()}`,
    })),
  );
  await addInboxItems(tx, items);
}
