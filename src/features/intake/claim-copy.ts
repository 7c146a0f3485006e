// "A copy of my data" (issue 16, decision 150): everything the portal holds about the claim this
// family filed, for the family. Read with the case number and tracking code, like the track page.
// Written by or for the family only: never staff notes, staff names, tips (other people's
// words), matches, other claims or access logs; the requests of others to take the public page
// down are not named either (who asked stays unsaid).
import "server-only";
import { getDb } from "@/server/db";
import { findTrackedCase } from "./claim-status";

/** Timeline entries the family wrote, or that were written for them, or that are about them. */
const FAMILY_EVENTS = [
  "CREATED",
  "STATUS_CHANGED",
  "CONSENT_WITHDRAWN",
  "CROSS_BORDER_CONSENT_CHANGED",
  "NOTIFICATIONS_WITHDRAWN",
  "NOTIFICATIONS_RESUMED",
  "FAMILY_NOTE",
  "INFO_REQUESTED",
  "PHOTO_ADDED",
  "CHECK_IN_SENT",
  "CHECK_IN_ANSWERED",
] as const;
/** Events whose text is the family's own, or a question addressed to them. */
const WITH_TEXT: readonly string[] = ["FAMILY_NOTE", "INFO_REQUESTED"];

const copySelect = {
  caseNumber: true,
  status: true,
  countryCode: true,
  region: { select: { name: true } },
  createdAt: true,
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  nationality: true,
  languages: true,
  identityDocument: true,
  heightCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  distinguishingMarks: true,
  clothing: true,
  medicalNeeds: true,
  lastSeenCity: true,
  lastSeenAt: true,
  lastSeenTimeKnown: true,
  circumstances: true,
  riskIndicators: true,
  reporterName: true,
  reporterRelationship: true,
  reporterPhone: true,
  reporterEmail: true,
  reporterLocale: true,
  notifyByEmail: true,
  notifyByPhone: true,
  notifyWithdrawnAt: true,
  consentPublishPhoto: true,
  consentPublishName: true,
  consentPublishAge: true,
  consentPublishLastSeen: true,
  consentPublishDescription: true,
  guardianConfirmed: true,
  consentWithdrawnAt: true,
  publicationApprovedAt: true,
  publicHiddenAt: true,
  photos: {
    select: { position: true, width: true, height: true, bytes: true, createdAt: true },
    orderBy: { position: "asc" },
  },
} as const;

export async function getClaimCopy(caseNumber: string, trackingCode: string, now = new Date()) {
  const { id } = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  const [c, events, checkIns, messages, removals] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id }, select: copySelect }),
    db.caseEvent.findMany({
      where: { caseId: id, type: { in: [...FAMILY_EVENTS] } },
      orderBy: { createdAt: "asc" },
      select: { type: true, oldValue: true, newValue: true, body: true, createdAt: true },
    }),
    db.checkIn.findMany({
      where: { caseId: id },
      orderBy: { number: "asc" },
      select: { number: true, createdAt: true, answer: true, answeredAt: true },
    }),
    db.outboundMessage.findMany({
      where: { caseId: id },
      orderBy: { createdAt: "asc" },
      select: { channel: true, recipient: true, template: true, status: true, createdAt: true, sentAt: true },
    }),
    db.removalRequest.findMany({
      where: { caseId: id, source: "FAMILY" },
      orderBy: { createdAt: "asc" },
      select: { reason: true, message: true, status: true, createdAt: true, decidedAt: true },
    }),
  ]);
  const { region, photos, ...fields } = c;
  return {
    madeAt: now,
    claim: { ...fields, region: region?.name ?? null },
    photos,
    history: events.map((e) => ({
      type: e.type,
      at: e.createdAt,
      // A status change shows from and to; the staff's reason for it is theirs, not copied.
      ...(e.type === "STATUS_CHANGED" ? { from: e.oldValue, to: e.newValue } : {}),
      ...(WITH_TEXT.includes(e.type) ? { text: e.body } : {}),
    })),
    checkIns,
    messages,
    removalRequests: removals,
  };
}

export type ClaimCopy = Awaited<ReturnType<typeof getClaimCopy>>;
