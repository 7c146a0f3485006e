import "server-only";
import { addInboxItems, notifyCaseTeam } from "@/features/inbox/data";
import { ageOn, crossBorderAlerts } from "@/lib/cross-border";
import type { Db } from "@/server/db";

// A case flagged as possible trafficking after the intake (TRAFFICKING_FLAGGED) alerts the police
// of the neighbouring countries (the CountryNeighbour table, as at intake) and of any country the
// circumstances name, and the people who work the case (its officer, else its country's team).
// Run by the "case-trafficking-alert" job, queued in the flag's own transaction. Every item's
// dedupeKey names the flag event, so a retried or repeated job writes nothing twice; a later
// flag (after an unflag) is news again and alerts again.

/** Writes the alerts of one flag event; returns how many items were new. */
export async function sendTraffickingFlagAlerts(db: Db, caseEventId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const e = await tx.caseEvent.findUnique({
      where: { id: caseEventId },
      select: {
        type: true,
        actorUserId: true,
        case: {
          select: {
            id: true,
            countryCode: true,
            practiceSessionId: true,
            traffickingFlag: true,
            riskIndicators: true,
            dateOfBirth: true,
            approxAge: true,
            lastSeenAt: true,
            circumstances: true,
          },
        },
      },
    });
    const c = e?.case;
    // Unflagged again before the job ran: the alert is no longer what police think.
    if (!e || e.type !== "TRAFFICKING_FLAGGED" || !c || c.practiceSessionId || !c.traffickingFlag) return 0;
    const neighbours = await tx.countryNeighbour.findMany({
      where: { countryCode: c.countryCode },
      select: { neighbourCode: true },
    });
    const alerts = crossBorderAlerts({
      country: c.countryCode,
      neighbours: neighbours.map((n) => n.neighbourCode),
      ageAtLastSeen: ageOn(c.dateOfBirth?.toISOString().slice(0, 10), c.approxAge, c.lastSeenAt),
      riskIndicators: c.riskIndicators,
      flagged: true,
      circumstances: c.circumstances,
    });
    const abroad = await addInboxItems(
      tx,
      // Police only: an NGO reads its own country's cases, never another's.
      alerts.map((a) => ({
        kind: "ALERT" as const,
        caseId: c.id,
        to: { countryCode: a.countryCode, roles: ["POLICE" as const] },
        fromCountryCode: c.countryCode,
        reasons: [...a.reasons, "FLAGGED"],
        dedupeKey: `alert:${c.id}:${a.countryCode}:${caseEventId}`,
      })),
    );
    const team = await notifyCaseTeam(tx, c.id, {
      kind: "ALERT",
      reasons: ["FLAGGED"],
      actorUserId: e.actorUserId,
      dedupeKey: `alert:${c.id}:team:${caseEventId}`,
    });
    return abroad + (team ? 1 : 0);
  });
}
