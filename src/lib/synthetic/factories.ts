// Database factories shared by the demo seed and the integration tests, so tests exercise the
// same shapes of data the demo shows. They write through Prisma like the app does.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { allocateCaseNumber } from "@/lib/case-number";
import { phoneDigits, searchNameFor } from "@/lib/names/normalize";
import { generateTrackingCode, hashTrackingCode } from "@/features/intake/tracking-code";
import { hashPassword } from "@/server/password";
import crypto from "node:crypto";
import type { SyntheticCase } from "./case-factory";

export async function createUser(
  db: PrismaClient,
  u: {
    email: string;
    role: Role;
    countryCode: string;
    name?: string;
    password?: string;
    isSuperAdmin?: boolean;
    regionId?: string | null;
    organizationId?: string | null;
    practiceSessionId?: string | null;
    passwordHash?: string;
  },
) {
  return db.user.create({
    data: {
      email: u.email.toLowerCase(),
      name: u.name ?? u.email.split("@")[0]!,
      role: u.role,
      countryCode: u.countryCode,
      isSuperAdmin: u.isSuperAdmin ?? false,
      regionId: u.regionId ?? null,
      organizationId: u.organizationId ?? null,
      practiceSessionId: u.practiceSessionId ?? null,
      passwordHash: u.passwordHash ?? (await hashPassword(u.password ?? "correct horse battery staple")),
    },
  });
}

export interface CreatedCase {
  id: string;
  caseNumber: string;
  trackingCode: string;
  publicId: string;
}

/** Inserts a synthetic case with its CREATED event, as the intake would. */
export async function createCase(
  db: PrismaClient,
  c: SyntheticCase,
  opts: {
    regionId?: string | null;
    practiceSessionId?: string | null;
    prefix?: string;
    createdAt?: Date;
    trackingCode?: string;
  } = {},
): Promise<CreatedCase> {
  const trackingCode = opts.trackingCode ?? generateTrackingCode();
  const createdAt = opts.createdAt ?? new Date(Math.min(Date.now(), c.lastSeenAt.getTime() + 36e5 * 6));
  return db.$transaction(async (tx) => {
    const caseNumber = await allocateCaseNumber(tx, opts.prefix ?? c.country, createdAt.getUTCFullYear());
    const row = await tx.case.create({
      data: {
        caseNumber,
        publicId: crypto.randomBytes(9).toString("base64url"),
        countryCode: c.country,
        regionId: opts.regionId ?? null,
        practiceSessionId: opts.practiceSessionId ?? null,
        status: c.status,
        trackingCodeHash: hashTrackingCode(trackingCode),
        givenNames: c.name.givenNames,
        familyNames: c.name.familyNames,
        otherNames: c.name.otherNames,
        searchName: searchNameFor(c.name),
        sex: c.sex,
        dateOfBirth: c.dateOfBirth ? new Date(c.dateOfBirth) : null,
        approxAge: c.approxAge,
        nationality: c.nationality,
        languages: c.languages,
        identityDocument: c.identityDocument,
        heightCm: c.heightCm,
        build: c.build,
        hair: c.hair,
        eyeColour: c.eyeColour,
        distinguishingMarks: c.distinguishingMarks,
        clothing: c.clothing,
        medicalNeeds: c.medicalNeeds,
        lastSeenCity: c.city,
        lastSeenAt: c.lastSeenAt,
        lastSeenTimeKnown: true,
        circumstances: c.circumstances,
        riskIndicators: c.riskIndicators,
        traffickingFlag: c.riskIndicators.length > 0,
        reporterName: c.reporter.name,
        reporterRelationship: c.reporter.relationship,
        reporterPhone: c.reporter.phone,
        reporterPhoneDigits: phoneDigits(c.reporter.phone),
        reporterEmail: c.reporter.email,
        reporterLocale: c.reporter.preferredLocale,
        consentPublishPhoto: c.consent.publishPhoto,
        consentPublishName: c.consent.publishName,
        consentPublishAge: c.consent.publishAge,
        consentPublishLastSeen: c.consent.publishLastSeen,
        consentPublishDescription: c.consent.publishDescription ?? false,
        guardianConfirmed: c.consent.guardianConfirmed,
        createdAt,
      },
      select: { id: true, caseNumber: true, publicId: true },
    });
    await tx.caseEvent.create({
      data: { caseId: row.id, actorKind: "REPORTER", type: "CREATED", newValue: "REPORTED", createdAt },
    });
    if (c.status !== "REPORTED") {
      await tx.caseEvent.create({
        data: {
          caseId: row.id,
          actorKind: "SYSTEM",
          type: "STATUS_CHANGED",
          field: "status",
          oldValue: "REPORTED",
          newValue: c.status,
          reason: "seed",
        },
      });
    }
    return { ...row, trackingCode };
  });
}
