// Anonymising a closed case (decision 143): the identifying fields, contacts and free text go;
// what the statistics read stays (country, region, status, sex, lastSeenAt, risk indicators,
// trafficking flag, duplicate link), and the date of birth becomes the age it gave on lastSeenAt,
// so every count and age band is unchanged. Photos, tips, check-ins, messages, inbox items,
// imported PFIF notes and match proposals of the case are deleted; the history keeps its events
// but loses their free text (case_event_anonymise, the one UPDATE the trigger allows on them).
import "server-only";
import { WITH_SOFT_DELETED } from "@/server/soft-delete";
import type { Tx } from "@/server/db";
import { ageOn } from "./planner";

export async function anonymiseCase(tx: Tx, caseId: string, now: Date): Promise<void> {
  const c = await tx.case.findFirstOrThrow({
    where: { id: caseId, ...WITH_SOFT_DELETED },
    select: { dateOfBirth: true, approxAge: true, lastSeenAt: true },
  });
  await tx.case.update({
    where: { id: caseId },
    data: {
      givenNames: "",
      familyNames: "",
      otherNames: null,
      searchName: "",
      dateOfBirth: null,
      approxAge: c.dateOfBirth ? ageOn(c.dateOfBirth, c.lastSeenAt) : c.approxAge,
      nationality: null,
      languages: [],
      identityDocument: null,
      heightCm: null,
      build: null,
      hair: null,
      eyeColour: null,
      distinguishingMarks: null,
      clothing: null,
      medicalNeeds: null,
      lastSeenCity: "",
      circumstances: "",
      reporterName: "",
      reporterRelationship: "",
      reporterPhone: null,
      reporterPhoneDigits: null,
      reporterEmail: null,
      notifyByEmail: false,
      notifyByPhone: false,
      // No tracking code hashes to this: the reporter's link stops working.
      trackingCodeHash: "",
      consentPublishPhoto: false,
      consentPublishName: false,
      consentPublishAge: false,
      consentPublishLastSeen: false,
      consentPublishDescription: false,
      sourceName: null,
      sourceUrl: null,
      anonymisedAt: now,
      deletedAt: null,
      retentionAction: null,
    },
  });
  await tx.casePhoto.deleteMany({ where: { caseId } });
  await tx.tip.deleteMany({ where: { caseId } });
  await tx.checkIn.deleteMany({ where: { caseId } });
  await tx.outboundMessage.deleteMany({ where: { caseId } });
  await tx.inboxItem.deleteMany({ where: { caseId } });
  await tx.pfifNoteImport.deleteMany({ where: { caseId } });
  await tx.matchProposal.deleteMany({ where: { OR: [{ caseId }, { otherCaseId: caseId }] } });
  await tx.$queryRawUnsafe(`SELECT "case_event_anonymise"($1::uuid)`, caseId);
}
