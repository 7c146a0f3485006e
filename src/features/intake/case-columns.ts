import "server-only";
import { smsNumber } from "@/lib/sms-number";
import crypto from "node:crypto";
import { phoneDigits } from "@/lib/names/normalize";
import type { CaseColumn } from "./insert-claim-data";
import type { ClaimInput } from "./schemas";
import { hashTrackingCode } from "./tracking-code";

export interface CaseFacts {
  id: string;
  submissionHash: string | null;
  regionId: string | null;
  practiceSessionId: string | null;
  sourceTokenId: string | null;
  trackingCode: string;
  searchName: string;
  lastSeenAt: Date;
}

/** The "Case" row of a claim, column by column with its PostgreSQL type (see insert-claim.ts). */
export function caseColumns(
  { submissionId, person: p, lastSeen: l, reporter: r, consent: c }: ClaimInput,
  x: CaseFacts,
): CaseColumn[] {
  return [
    ["id", x.id, "uuid"],
    ["publicId", crypto.randomBytes(9).toString("base64url"), "text"],
    ["countryCode", l.country, "varchar"],
    ["regionId", x.regionId, "uuid"],
    ["practiceSessionId", x.practiceSessionId, "uuid"],
    ["sourceTokenId", x.sourceTokenId, "uuid"],
    ["submissionId", submissionId, "text"],
    ["submissionHash", x.submissionHash, "text"],
    ["trackingCodeHash", hashTrackingCode(x.trackingCode), "text"],
    ["givenNames", p.givenNames, "text"],
    ["familyNames", p.familyNames, "text"],
    ["otherNames", p.otherNames ?? null, "text"],
    ["searchName", x.searchName, "text"],
    ["sex", p.sex, '"Sex"'],
    ["dateOfBirth", p.dateOfBirth ?? null, "date"],
    ["approxAge", p.approxAge ?? null, "int"],
    ["nationality", p.nationality ?? null, "varchar"],
    ["languages", p.languages, "text[]"],
    ["identityDocument", p.identityDocument ?? null, "text"],
    ["heightCm", p.heightCm ?? null, "int"],
    ["build", p.build ?? null, "text"],
    ["hair", p.hair ?? null, "text"],
    ["eyeColour", p.eyeColour ?? null, "text"],
    ["distinguishingMarks", p.distinguishingMarks ?? null, "text"],
    ["clothing", p.clothing ?? null, "text"],
    ["medicalNeeds", p.medicalNeeds ?? null, "text"],
    ["lastSeenCity", l.city, "text"],
    // "timestamp" (without time zone) holds UTC, as Prisma writes it: the "Z" is dropped, not applied.
    ["lastSeenAt", x.lastSeenAt.toISOString(), "timestamp"],
    ["lastSeenTimeKnown", l.time !== undefined, "boolean"],
    ["circumstances", l.circumstances, "text"],
    ["riskIndicators", l.riskIndicators, "text[]"],
    // Same rule as the seed: any ticked indicator puts the case on the trafficking watch list.
    ["traffickingFlag", l.riskIndicators.length > 0, "boolean"],
    ["reporterName", r.name, "text"],
    ["reporterRelationship", r.relationship, "text"],
    ["reporterPhone", r.phone ?? null, "text"],
    ["reporterPhoneDigits", phoneDigits(r.phone), "text"],
    ["reporterEmail", r.email ?? null, "text"],
    ["reporterLocale", r.preferredLocale, "varchar"],
    ["notifyByEmail", r.emailUpdates === true && r.email !== undefined, "boolean"],
    ["notifyByPhone", r.smsUpdates === true && smsNumber(r.phone) !== null, "boolean"],
    ["consentPublishPhoto", c.publishPhoto, "boolean"],
    ["consentPublishName", c.publishName, "boolean"],
    ["consentPublishAge", c.publishAge, "boolean"],
    ["consentPublishLastSeen", c.publishLastSeen, "boolean"],
    ["consentPublishDescription", c.publishDescription, "boolean"],
    ["guardianConfirmed", c.guardianConfirmed, "boolean"],
    ["crossBorderConsent", c.crossBorder, '"CrossBorderConsent"'],
  ];
}
