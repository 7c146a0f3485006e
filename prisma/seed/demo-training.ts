// Demo training data that tells Belize's story: ~20 officers from the six districts and San
// Pedro trained as trainers, who then ran eight district workshops for ~120 more officers.
// Synthetic names only. Promoted trainers get accounts with random passwords (not demo logins).
import crypto from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { hashPassword } from "../../src/server/password";
import { generatePersonName } from "../../src/lib/synthetic/names";
import { createRng, type Rng } from "../../src/lib/synthetic/random";

const RANKS = ["Constable", "Corporal", "Sergeant", "Inspector", "Woman Police Constable"];
const WORKSHOPS: { region: string; venue: string; day: string; size: number }[] = [
  { region: "BZ-BZ", venue: "Queen Street Police Station, Belize City", day: "2026-04-14", size: 16 },
  { region: "BZ-BZ", venue: "Ladyville Police Station", day: "2026-04-28", size: 14 },
  { region: "BZ-CY", venue: "San Ignacio Police Station", day: "2026-04-21", size: 15 },
  { region: "BZ-CZL", venue: "Corozal Police Station", day: "2026-05-05", size: 15 },
  { region: "BZ-OW", venue: "Orange Walk Police Station", day: "2026-05-12", size: 15 },
  { region: "BZ-SC", venue: "Dangriga Police Station", day: "2026-05-19", size: 15 },
  { region: "BZ-TOL", venue: "Punta Gorda Police Station", day: "2026-06-02", size: 15 },
  { region: "BZ-SP", venue: "San Pedro Police Station, Ambergris Caye", day: "2026-06-09", size: 15 },
];

function attendee(rng: Rng, regionId: string, unit: string) {
  const sex = rng.chance(0.4) ? "FEMALE" : "MALE";
  const n = generatePersonName(rng, "BZ", sex);
  return { name: `${n.givenNames} ${n.familyNames}`, rank: rng.pick(RANKS), unit, regionId };
}

export async function seedDemoTraining(db: PrismaClient, trainerId: string) {
  const rng = createRng(2026_03_09);
  const regions = new Map(
    (await db.region.findMany({ where: { countryCode: "BZ" }, select: { id: true, code: true } })).map(
      (r) => [r.code, r.id],
    ),
  );
  const regionId = (code: string) => regions.get(code)!;
  const root = await db.trainingSession.create({
    data: {
      title: "Reencuentro portal: train-the-trainers",
      kind: "TRAIN_THE_TRAINERS",
      startDate: new Date("2026-03-09"),
      endDate: new Date("2026-03-11"),
      countryCode: "BZ",
      regionId: regionId("BZ-CY"),
      venue: "National Police Training Academy, Belmopan",
      partnerOrgs: ["Latin American Missing Persons Network"],
      capacity: 24,
      createdById: trainerId,
      trainers: { create: { userId: trainerId } },
    },
  });
  // Three officers from each district and San Pedro, minus one: twenty trainers-to-be.
  const regionCodes = [...regions.keys()];
  const firstGeneration = [];
  for (let i = 0; i < 20; i++) {
    const code = regionCodes[i % regionCodes.length]!;
    firstGeneration.push(
      await db.trainingAttendee.create({
        data: {
          sessionId: root.id,
          ...attendee(rng, regionId(code), `${code} formation`),
          attended: true,
          completedAt: new Date("2026-03-11"),
        },
      }),
    );
  }
  const unusable = await hashPassword(crypto.randomBytes(24).toString("base64url"));
  const promoted = new Set<string>();
  for (const [i, w] of WORKSHOPS.entries()) {
    // Each workshop is led by a not-yet-promoted trainee of its own district.
    const lead = firstGeneration.find((a) => a.regionId === regionId(w.region) && !promoted.has(a.id))!;
    promoted.add(lead.id);
    const user = await db.user.create({
      data: {
        email: `trainer.${w.region.toLowerCase()}.${i}@demo.test`,
        name: lead.name,
        role: "TRAINER",
        countryCode: "BZ",
        regionId: lead.regionId,
        passwordHash: unusable,
      },
    });
    await db.trainingAttendee.update({ where: { id: lead.id }, data: { promotedUserId: user.id } });
    const session = await db.trainingSession.create({
      data: {
        title: `District workshop: ${w.venue.split(",")[0]}`,
        kind: "CASCADE_WORKSHOP",
        startDate: new Date(w.day),
        countryCode: "BZ",
        regionId: regionId(w.region),
        venue: w.venue,
        parentSessionId: root.id,
        capacity: 20,
        createdById: trainerId,
        trainers: { create: { userId: user.id } },
      },
    });
    for (let k = 0; k < w.size; k++) {
      const done = rng.chance(0.92);
      await db.trainingAttendee.create({
        data: {
          sessionId: session.id,
          ...attendee(rng, regionId(w.region), `${w.region} district`),
          attended: done || rng.chance(0.5),
          completedAt: done ? new Date(w.day) : null,
        },
      });
    }
  }
}
