// Demo data: seven accounts (password "reencuentro-demo") and ~200 synthetic cases spread over
// the nine countries. Synthetic only: no real person's data is ever used. Deterministic, so
// screenshots and manual test notes stay valid; skipped when already loaded.
import { env } from "../../src/server/env";
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { Role } from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/server/password";
import { rematchFound } from "../../src/features/matching/engine/rematch";
import { seedDemoFound } from "./demo-found";
import { seedDemoTraining } from "./demo-training";
import { approveDemoPublications } from "../../src/features/bulletin/demo-approvals";
import { createCase, createUser } from "../../src/lib/synthetic/factories";
import { generateSyntheticCase } from "../../src/lib/synthetic/case-factory";
import { createRng } from "../../src/lib/synthetic/random";
import { COUNTRY_CODES } from "../../src/lib/reference/countries";

export const DEMO_PASSWORD = "reencuentro-demo";
export const DEMO_CASES = 200;

// The police units' lines for families use 555 numbers (fictional, never a real line); the NGO
// and the Bolivian unit have none, so their families are given the national police line.
const ORGS = [
  {
    key: "bzPolice",
    name: "Belize Police Department",
    kind: "POLICE_UNIT",
    countryCode: "BZ",
    contact: { contactPhone: "+501 555 0100", contactHours: "1-5 08:00-17:00; 6 08:00-12:00" },
  },
  {
    key: "boPolice",
    name: "Policía Boliviana – FELCC",
    kind: "POLICE_UNIT",
    countryCode: "BO",
  },
  { key: "boNgo", name: "Red de Protección de la Niñez (demo)", kind: "NGO", countryCode: "BO" },
  {
    key: "gtPolice",
    name: "Policía Nacional Civil – DEIC (demo)",
    kind: "POLICE_UNIT",
    countryCode: "GT",
    contact: { contactPhone: "+502 555 0120", contactHours: "1-5 08:00-16:30" },
  },
  { key: "bzTraining", name: "Belize Police Training Academy", kind: "TRAINING_BODY", countryCode: "BZ" },
  {
    key: "gtMigration",
    name: "Instituto Guatemalteco de Migración (demo)",
    kind: "GOVERNMENT",
    countryCode: "GT",
  },
  {
    key: "peForensic",
    name: "Instituto de Medicina Legal – Lima (demo)",
    kind: "GOVERNMENT",
    countryCode: "PE",
  },
] as const;

const ACCOUNTS: {
  email: string;
  name: string;
  role: Role;
  countryCode: string;
  org?: (typeof ORGS)[number]["key"];
  superAdmin?: boolean;
}[] = [
  {
    email: "admin@demo.test",
    name: "Ana Administradora",
    role: "ADMIN",
    countryCode: "BZ",
    superAdmin: true,
  },
  {
    email: "police.bz@demo.test",
    name: "Sgt. Marlon Cal",
    role: "POLICE",
    countryCode: "BZ",
    org: "bzPolice",
  },
  {
    email: "police.bo@demo.test",
    name: "Tte. Rosa Mamani Quispe",
    role: "POLICE",
    countryCode: "BO",
    org: "boPolice",
  },
  { email: "ngo.bo@demo.test", name: "Lucía Choque Apaza", role: "NGO", countryCode: "BO", org: "boNgo" },
  {
    email: "trainer.bz@demo.test",
    name: "Insp. Delroy Flowers",
    role: "TRAINER",
    countryCode: "BZ",
    org: "bzTraining",
  },
  // Guatemala's police: the neighbour that receives Belize's cross-border alerts.
  {
    email: "police.gt@demo.test",
    name: "Insp. Marvin Xol Caal",
    role: "POLICE",
    countryCode: "GT",
    org: "gtPolice",
  },
  {
    email: "migration.gt@demo.test",
    name: "Lic. Brenda Tzul Ajú",
    role: "MIGRATION",
    countryCode: "GT",
    org: "gtMigration",
  },
  {
    email: "forensic.pe@demo.test",
    name: "Dra. Carmen Huarcaya Ríos",
    role: "FORENSIC",
    countryCode: "PE",
    org: "peForensic",
  },
];

export async function seedDemo(db: PrismaClient, opts: { cases?: number; now?: Date } = {}) {
  if (env().NODE_ENV === "production") {
    throw new Error("Refusing to load demo accounts with NODE_ENV=production: their password is public.");
  }
  if (await db.user.findUnique({ where: { email: ACCOUNTS[0]!.email } })) {
    console.log("Demo data already loaded; nothing to do.");
    return;
  }
  const orgIds: Record<string, string> = {};
  for (const o of ORGS) {
    const org = await db.organization.upsert({
      where: { countryCode_name: { countryCode: o.countryCode, name: o.name } },
      update: {},
      create: {
        name: o.name,
        kind: o.kind,
        countryCode: o.countryCode,
        ...("contact" in o ? o.contact : {}),
      },
    });
    orgIds[o.key] = org.id;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<string, string> = {};
  for (const a of ACCOUNTS) {
    const user = await createUser(db, {
      email: a.email,
      name: a.name,
      role: a.role,
      countryCode: a.countryCode,
      isSuperAdmin: a.superAdmin ?? false,
      organizationId: a.org ? orgIds[a.org] : null,
      passwordHash,
    });
    users[a.email] = user.id;
  }
  await seedDemoTraining(db, users["trainer.bz@demo.test"]!);
  const regions = await db.region.findMany({ select: { id: true, code: true } });
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const rng = createRng(20260415);
  const now = opts.now ?? new Date();
  const total = opts.cases ?? DEMO_CASES;
  for (let i = 0; i < total; i++) {
    const country = COUNTRY_CODES[i % COUNTRY_CODES.length]!;
    const c = generateSyntheticCase(rng, { country, now });
    await createCase(db, c, { regionId: regionId.get(c.regionCode) ?? null });
  }
  const found = await seedDemoFound(db, rng, users, now);
  const published = await approveDemoPublications(db, now);
  const matched = await matchDemo(db);
  console.log(
    `Loaded ${ACCOUNTS.length} demo accounts, ${total} synthetic cases (${published} on the bulletin), ${found} found-person records and ${matched} matching proposals.`,
  );
}

/** The engine over every demo found record (filing in the app does this after each commit). */
async function matchDemo(db: PrismaClient): Promise<number> {
  let progress = await rematchFound(db);
  let proposals = progress.proposals;
  while (!progress.done) {
    progress = await rematchFound(db, { after: progress.last });
    proposals += progress.proposals;
  }
  return proposals;
}
