// A factory for the bulletin, tips and stats integration tests: cases with exactly the consent,
// age and status a test needs (the database comes from withTestDb).
import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { generateSyntheticCase, type SyntheticCase } from "@/testing/case-factory";
import { createCase, type CreatedCase } from "@/testing/factories";
import { createRng } from "@/testing/random";
import type { CountryCode } from "@/lib/reference/countries";

export interface CaseSpec {
  country?: CountryCode;
  regionCode?: string | null;
  status?: CaseStatus;
  givenNames?: string;
  familyNames?: string;
  otherNames?: string | null;
  sex?: SyntheticCase["sex"];
  dateOfBirth?: string | null;
  approxAge?: number | null;
  lastSeenAt?: Date;
  city?: string;
  clothing?: string;
  riskIndicators?: SyntheticCase["riskIndicators"];
  consent?: Partial<Record<"name" | "photo" | "age" | "lastSeen" | "description" | "guardian", boolean>>;
  approved?: boolean;
  withdrawn?: boolean;
  photos?: number;
  practiceSessionId?: string | null;
}

let seed = 1;
const isoYearsAgo = (years: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate()))
    .toISOString()
    .slice(0, 10);
};
export const dobForAge = (years: number) => isoYearsAgo(years);

/**
 * A real (or practice) case. Defaults: an adult (30), VERIFIED, in Bolivia, consenting to every
 * field, approved for publication by staff, no photos. Every field the bulletin might leak is
 * filled in.
 */
export async function makeCase(db: PrismaClient, spec: CaseSpec = {}): Promise<CreatedCase> {
  const country = spec.country ?? "BO";
  const base = generateSyntheticCase(createRng(seed++), { country, now: new Date() });
  const name = {
    givenNames: spec.givenNames ?? base.name.givenNames,
    familyNames: spec.familyNames ?? base.name.familyNames,
    otherNames: spec.otherNames === undefined ? base.name.otherNames : spec.otherNames,
  };
  const consent = {
    name: true,
    photo: true,
    age: true,
    lastSeen: true,
    description: true,
    guardian: false,
    ...spec.consent,
  };
  const c: SyntheticCase = {
    ...base,
    ...name,
    name,
    status: (spec.status ?? "VERIFIED") as SyntheticCase["status"],
    sex: spec.sex ?? base.sex,
    dateOfBirth: spec.dateOfBirth === undefined ? dobForAge(30) : spec.dateOfBirth,
    approxAge: spec.approxAge === undefined ? null : spec.approxAge,
    lastSeenAt: spec.lastSeenAt ?? base.lastSeenAt,
    city: spec.city ?? base.city,
    clothing: spec.clothing ?? base.clothing,
    riskIndicators: spec.riskIndicators ?? [],
    circumstances: "Circunstancias privadas que nunca se publican.",
    consent: {
      publishName: consent.name,
      publishPhoto: consent.photo,
      publishAge: consent.age,
      publishLastSeen: consent.lastSeen,
      publishDescription: consent.description,
      guardianConfirmed: consent.guardian,
    },
  };
  const region =
    spec.regionCode === null
      ? null
      : await db.region.findUnique({
          where: { code: spec.regionCode ?? base.regionCode },
          select: { id: true },
        });
  const created = await createCase(db, c, {
    regionId: region?.id ?? null,
    practiceSessionId: spec.practiceSessionId ?? null,
  });
  await db.case.update({
    where: { id: created.id },
    data: {
      publicationApprovedAt: spec.approved === false ? null : new Date(),
      consentWithdrawnAt: spec.withdrawn ? new Date() : null,
      identityDocument: "CI 1234567 LP",
      medicalNeeds: "Necesita medicación diaria",
    },
  });
  for (let i = 0; i < (spec.photos ?? 0); i++) {
    await db.casePhoto.create({
      data: {
        caseId: created.id,
        position: i,
        storageKey: `${created.id.replace(/-/g, "")}`,
        thumbKey: `${created.id.replace(/-/g, "")}`,
        mimeType: "image/jpeg",
        width: 800,
        height: 600,
        bytes: 1000,
      },
    });
  }
  return created;
}

/** A training session to hang practice cases on. */
export async function makeTrainingSession(db: PrismaClient, countryCode = "BO") {
  const trainer = await db.user.create({
    data: {
      email: `trainer-${crypto.randomUUID()}@demo.test`,
      name: "Trainer",
      role: "TRAINER",
      countryCode,
      passwordHash: "x",
    },
  });
  return db.trainingSession.create({
    data: {
      title: "Práctica",
      kind: "CASCADE_WORKSHOP",
      startDate: new Date(),
      countryCode,
      venue: "Aula",
      createdById: trainer.id,
    },
  });
}
