// Demo data only: the public bulletin shows nothing until staff approve a case, so the demo seed
// approves the consenting, staff-checked cases of the countries that have no demo police account
// (Belize and Bolivia cases stay unapproved, for trying the approval on the case page).
// No server-only imports: the seed runs this outside Next.
import type { PrismaClient } from "@/generated/prisma/client";
import { ageInYears, isMinorAge } from "./public-case";

const LEFT_FOR_STAFF = ["BZ", "BO"];

export async function approveDemoPublications(db: PrismaClient, now = new Date()): Promise<number> {
  const candidates = await db.case.findMany({
    where: {
      practiceSessionId: null,
      consentWithdrawnAt: null,
      publicationApprovedAt: null,
      status: { in: ["VERIFIED", "ACTIVE"] },
      countryCode: { notIn: LEFT_FOR_STAFF },
      OR: [{ consentPublishName: true }, { consentPublishPhoto: true }],
    },
    select: { id: true, dateOfBirth: true, approxAge: true, guardianConfirmed: true },
  });
  const ids = candidates
    .filter((c) => {
      const age = c.dateOfBirth ? ageInYears(c.dateOfBirth, now) : c.approxAge;
      return c.guardianConfirmed || (age !== null && !isMinorAge(age));
    })
    .map((c) => c.id);
  await db.$transaction([
    db.case.updateMany({ where: { id: { in: ids } }, data: { publicationApprovedAt: now } }),
    db.caseEvent.createMany({
      data: ids.map((caseId) => ({
        caseId,
        actorKind: "SYSTEM" as const,
        type: "PUBLICATION_APPROVED",
        field: "publication",
        reason: "seed",
      })),
    }),
  ]);
  return ids.length;
}
