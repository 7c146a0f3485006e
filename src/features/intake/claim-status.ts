import "server-only";
import crypto from "node:crypto";
import type { CaseStatus, CrossBorderConsent } from "@/generated/prisma/enums";
import { findabilityHints, type FindabilityHint } from "@/lib/matching/findability";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { withdrawEmailUpdatesOfCase } from "@/features/notifications/data";
import { AppError } from "@/server/errors";
import { contactPointFor, type ContactPoint } from "./contact-point";
import { hashTrackingCode } from "./tracking-code";

export type { ContactPoint };

/** Unknown case number and wrong code get this one answer, so neither can be probed. */
export class ClaimNotFoundError extends AppError {
  constructor() {
    super("track:errors.notFound", 404);
  }
}

/** What a reporter may see about their claim: never notes, names of staff or other cases. */
export interface ClaimStatus {
  caseNumber: string;
  status: CaseStatus;
  filedAt: Date;
  lastUpdate: Date;
  countryCode: string;
  contact: ContactPoint;
  publication: { photo: boolean; name: boolean; age: boolean; lastSeen: boolean; description: boolean };
  consentWithdrawnAt: Date | null;
  /** Who beyond the owning country may see the claim (decision 154); the family may change it. */
  crossBorderConsent: CrossBorderConsent;
  /** The staff's latest question to the family (INFO_REQUESTED), written for them to read. */
  infoRequest: { question: string; at: Date } | null;
  /** The reporter asked for news by email and has not withdrawn it. */
  emailUpdates: boolean;
  /** The reporter gets the news by SMS too (decision 153). */
  smsUpdates: boolean;
  /** What would make the person easier to match, most useful first; never a score (095). */
  findability: FindabilityHint[];
  /** Staff merged this report into another report of the same person (decision 091): status,
   * news and contact come from that one; consent and email choices stay this report's own. */
  merged: boolean;
  /** The person, an adult, was located and asked not to be found (decision 154): the family is
   * told only that they are located and safe; the contact is the country's, not the unit's. */
  sealed: boolean;
}

const trackedSelect = {
  id: true,
  caseNumber: true,
  trackingCodeHash: true,
  status: true,
  createdAt: true,
  countryCode: true,
  regionId: true,
  consentPublishPhoto: true,
  consentPublishName: true,
  consentPublishAge: true,
  consentPublishLastSeen: true,
  consentPublishDescription: true,
  consentWithdrawnAt: true,
  crossBorderConsent: true,
  sealedAt: true,
  notifyByEmail: true,
  notifyByPhone: true,
  assignedOrg: { select: { name: true, contactPhone: true, contactHours: true } },
  duplicateOfId: true,
  distinguishingMarks: true,
  dateOfBirth: true,
  approxAge: true,
  heightCm: true,
  languages: true,
  clothing: true,
  eyeColour: true,
  hair: true,
  build: true,
  nationality: true,
  _count: { select: { photos: true } },
} as const;

export function canonicalCaseNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}

/** The case when number and code match; compared in constant time, and hashed even when missing. */
export async function findTrackedCase(caseNumber: string, trackingCode: string) {
  const db = await getDb();
  const number = canonicalCaseNumber(caseNumber).slice(0, 40);
  const row = number
    ? await db.case.findUnique({ where: { caseNumber: number }, select: trackedSelect })
    : null;
  const given = Buffer.from(hashTrackingCode(trackingCode.slice(0, 64)), "hex");
  const stored = Buffer.from(row?.trackingCodeHash ?? "0".repeat(64), "hex");
  const match = given.length === stored.length && crypto.timingSafeEqual(given, stored);
  if (!row || !match) throw new ClaimNotFoundError();
  return row;
}

export async function getClaimStatus(caseNumber: string, trackingCode: string): Promise<ClaimStatus> {
  const own = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  // The number and code were checked against the family's own report; a merged one shows its
  // primary's progress (one level deep, so this is the whole chain).
  const c = own.duplicateOfId
    ? await db.case.findUniqueOrThrow({ where: { id: own.duplicateOfId }, select: trackedSelect })
    : own;
  const [last, contact, question] = await Promise.all([
    // The portal's own check-in message is not news about the report.
    db.caseEvent.findFirst({
      where: { caseId: c.id, type: { not: "CHECK_IN_SENT" } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    // The unit's name could say where the person is now (a unit of another region took over).
    c.sealedAt ? ({ kind: "network", countryCode: c.countryCode } as const) : contactPointFor(c),
    db.caseEvent.findFirst({
      where: { caseId: c.id, type: "INFO_REQUESTED" },
      orderBy: { createdAt: "desc" },
      select: { body: true, createdAt: true },
    }),
  ]);
  return {
    caseNumber: own.caseNumber,
    status: c.status,
    filedAt: own.createdAt,
    lastUpdate: last?.createdAt ?? c.createdAt,
    countryCode: c.countryCode,
    contact,
    publication: {
      photo: own.consentPublishPhoto,
      name: own.consentPublishName,
      age: own.consentPublishAge,
      lastSeen: own.consentPublishLastSeen,
      description: own.consentPublishDescription,
    },
    consentWithdrawnAt: own.consentWithdrawnAt,
    crossBorderConsent: own.crossBorderConsent,
    infoRequest: question?.body ? { question: question.body, at: question.createdAt } : null,
    emailUpdates: own.notifyByEmail,
    smsUpdates: own.notifyByPhone,
    findability: findabilityHints({ ...c, hasPhoto: c._count.photos > 0 }),
    merged: own.id !== c.id,
    sealed: c.sealedAt !== null,
  };
}

/**
 * The reporter takes back permission to publish: every publish flag and any staff approval are
 * cleared at once (the bulletin hides the case), with a REPORTER event. Repeating it is harmless.
 */
export async function withdrawConsent(
  caseNumber: string,
  trackingCode: string,
): Promise<{ withdrawnAt: Date }> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const now = new Date();
    // The condition makes a double click (two requests) write one event, not two.
    const { count } = await tx.case.updateMany({
      where: { id: c.id, consentWithdrawnAt: null },
      data: {
        consentWithdrawnAt: now,
        consentPublishPhoto: false,
        consentPublishName: false,
        consentPublishAge: false,
        consentPublishLastSeen: false,
        consentPublishDescription: false,
        publicationApprovedAt: null,
        publicationApprovedBy: null,
      },
    });
    if (count === 0) {
      const row = await tx.case.findUniqueOrThrow({
        where: { id: c.id },
        select: { consentWithdrawnAt: true },
      });
      return { withdrawnAt: row.consentWithdrawnAt ?? now };
    }
    const was = Object.entries({
      photo: c.consentPublishPhoto,
      name: c.consentPublishName,
      age: c.consentPublishAge,
      lastSeen: c.consentPublishLastSeen,
      description: c.consentPublishDescription,
    })
      .filter(([, on]) => on)
      .map(([k]) => k)
      .join(",");
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "REPORTER",
      type: "CONSENT_WITHDRAWN",
      field: "consent",
      oldValue: was || null,
      newValue: "none",
    });
    return { withdrawnAt: now };
  });
}

/** The reporter stops the news emails from the track page (same effect as the email's link). */
export async function stopEmailUpdates(caseNumber: string, trackingCode: string): Promise<void> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  await withdrawEmailUpdatesOfCase(c.id);
}

/** The reporter stops the news by SMS from the track page (same effect as the SMS's STOP link). */
export async function stopSmsUpdates(caseNumber: string, trackingCode: string): Promise<void> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  await withdrawEmailUpdatesOfCase(c.id, "SMS");
}
