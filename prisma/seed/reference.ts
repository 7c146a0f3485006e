// Reference data every installation needs: the nine countries and their regions, the land
// borders that carry cross-border alerts, and a training-coverage target for Belize (the
// cascade that trained ~140 officers).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { COUNTRIES } from "../../src/lib/reference/countries";
import { DEFAULT_BORDERS } from "../../src/lib/matching/neighbours";
import { REGIONS } from "../../src/lib/reference/regions";

// Participating countries that share a land border (a person walks or rides across in hours);
// Puerto Rico shares none. Only the first seed writes them: from then on admins edit the
// CountryNeighbour table (/admin/neighbours) and a later seed never brings back a removed pair.
// The matching engine starts from the same list until it has read the table (decision 159).
const LAND_BORDERS = DEFAULT_BORDERS;

async function seedNeighbours(db: PrismaClient) {
  if ((await db.countryNeighbour.count()) > 0) return;
  await db.countryNeighbour.createMany({
    data: LAND_BORDERS.flatMap(([a, b]) => [
      { countryCode: a, neighbourCode: b },
      { countryCode: b, neighbourCode: a },
    ]),
    skipDuplicates: true,
  });
}

export async function seedReference(db: PrismaClient) {
  for (const c of COUNTRIES) {
    await db.country.upsert({
      where: { code: c.code },
      update: { name: c.name, casePrefix: c.casePrefix, defaultLocale: c.defaultLocale },
      create: { code: c.code, name: c.name, casePrefix: c.casePrefix, defaultLocale: c.defaultLocale },
    });
    for (const r of REGIONS[c.code]) {
      await db.region.upsert({
        where: { code: r.code },
        update: { name: r.name, countryCode: c.code },
        create: { code: r.code, name: r.name, countryCode: c.code },
      });
    }
  }
  await seedNeighbours(db);
  const existing = await db.trainingTarget.findFirst({ where: { countryCode: "BZ", regionId: null } });
  if (!existing) await db.trainingTarget.create({ data: { countryCode: "BZ", regionId: null, target: 140 } });
  const bzRegions = await db.region.findMany({ where: { countryCode: "BZ" }, select: { id: true } });
  for (const r of bzRegions) {
    const t = await db.trainingTarget.findFirst({ where: { countryCode: "BZ", regionId: r.id } });
    if (!t) await db.trainingTarget.create({ data: { countryCode: "BZ", regionId: r.id, target: 20 } });
  }
  // The Belize cascade: about 20 trainers trained first, then about 140 officers in the districts.
  for (const [level, target] of [
    [0, 20],
    [1, 140],
  ] as const)
    await db.trainingLevelTarget.upsert({
      where: { countryCode_level: { countryCode: "BZ", level } },
      update: {},
      create: { countryCode: "BZ", level, target },
    });
}
