// Helpers for the cases integration tests (the database comes from openAppTestDb): file cases with
// chosen names and facts.
import type { PrismaClient } from "@/generated/prisma/client";
import { COUNTRY_CODES, type CountryCode } from "@/lib/reference/countries";
import { generateSyntheticCase, type SyntheticCase } from "@/testing/case-factory";
import { createCase } from "@/testing/factories";
import { createRng } from "@/testing/random";

export const NOW = new Date("2026-06-01T12:00:00Z");

const rng = createRng(4242);

export type CaseOverrides = Partial<Omit<SyntheticCase, "name">> & {
  givenNames?: string;
  familyNames?: string;
  otherNames?: string | null;
};

/** A synthetic case of `country` with the given facts. */
export function caseOf(country: CountryCode, o: CaseOverrides = {}): SyntheticCase {
  const base = generateSyntheticCase(rng, { country, now: NOW });
  const c = { ...base, ...o };
  const name = {
    givenNames: o.givenNames ?? base.givenNames,
    familyNames: o.familyNames ?? base.familyNames,
    otherNames: o.otherNames === undefined ? base.otherNames : o.otherNames,
  };
  return { ...c, ...name, name };
}

export async function fileCase(
  db: PrismaClient,
  country: CountryCode,
  o: CaseOverrides = {},
  opts: { practiceSessionId?: string | null } = {},
) {
  const c = caseOf(country, o);
  const region = await db.region.findUnique({ where: { code: c.regionCode }, select: { id: true } });
  return createCase(db, c, {
    regionId: region?.id ?? null,
    practiceSessionId: opts.practiceSessionId ?? null,
  });
}

/** Random cases across all countries, so matches are found among look-alikes. */
export async function fileNoise(db: PrismaClient, n: number) {
  for (let i = 0; i < n; i++) await fileCase(db, COUNTRY_CODES[i % COUNTRY_CODES.length]!);
}

export async function makePracticeSession(db: PrismaClient, countryCode: string, createdById: string) {
  return db.trainingSession.create({
    data: {
      title: "Practice",
      kind: "CASCADE_WORKSHOP",
      startDate: NOW,
      countryCode,
      venue: "Academy",
      createdById,
    },
    select: { id: true },
  });
}
