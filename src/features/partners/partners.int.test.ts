import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { parsePfif } from "@/lib/pfif/parse";
import { AppError, NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { getUserForAdmin, listUsers } from "@/features/admin/users-data";
import { createUser } from "@/testing/factories";
import { exportPfifPersons, type FeedContext } from "./pfif-export-data";
import type { TokenInput } from "./schemas";
import { createApiToken, listApiTokens, revokeApiToken, viewerForToken } from "./token-data";
import { splitToken } from "./token-secret";

const env = withTestDb();
const ctx: FeedContext = {
  domain: "reencuentro.test",
  baseUrl: "https://reencuentro.test",
  locale: "es",
  t: (k) => k,
};

async function viewerOf(id: string): Promise<Viewer> {
  return toViewer(await env.db.user.findUniqueOrThrow({ where: { id }, select: viewerSelect }));
}
async function org(kind: "POLICE_UNIT" | "NGO" | "GOVERNMENT", countryCode: string) {
  return env.db.organization.create({ data: { name: `${kind} ${crypto.randomUUID()}`, kind, countryCode } });
}
async function admin(countryCode: string, isSuperAdmin = false) {
  const u = await createUser(env.db, {
    email: `admin-${crypto.randomUUID()}@demo.test`,
    role: "ADMIN",
    countryCode,
    isSuperAdmin,
    passwordHash: "x",
  });
  return viewerOf(u.id);
}
const input = (organizationId: string, over: Partial<TokenInput> = {}): TokenInput => ({
  name: "Registro nacional",
  organizationId,
  scopes: ["pfif:read"],
  countryCodes: ["BO"],
  expiresInDays: 30,
  rateLimitPerMinute: 60,
  ...over,
});

describe("API tokens", () => {
  it("are shown once, stored hashed, act with the organisation's role narrowed by scopes and countries", async () => {
    const police = await org("POLICE_UNIT", "BO");
    const { id, token } = await createApiToken(
      await admin("BO"),
      input(police.id, { countryCodes: ["BO", "PE"] }),
    );
    const row = await env.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(splitToken(token)!.secret);
    const v = await viewerForToken(token);
    expect(v).toMatchObject({
      role: "POLICE",
      countryCode: "BO",
      api: { tokenId: id, scopes: ["pfif:read"], countryCodes: ["BO", "PE"] },
    });
    const service = await env.db.user.findUniqueOrThrow({ where: { id: v!.id } });
    expect(service.isServiceAccount).toBe(true);
  });

  it("keep their service account out of the admin's user pages", async () => {
    const police = await org("POLICE_UNIT", "BO");
    const boAdmin = await admin("BO");
    const { token } = await createApiToken(boAdmin, input(police.id));
    const serviceId = (await viewerForToken(token))!.id;
    expect((await listUsers(boAdmin)).map((u) => u.id)).not.toContain(serviceId);
    await expect(getUserForAdmin(boAdmin, serviceId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a wrong secret, an expired and a revoked token alike", async () => {
    const police = await org("POLICE_UNIT", "BO");
    const boAdmin = await admin("BO");
    const { id, token } = await createApiToken(boAdmin, input(police.id));
    expect(await viewerForToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await viewerForToken(token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
    await revokeApiToken(boAdmin, { id });
    expect(await viewerForToken(token)).toBeNull();
    await revokeApiToken(boAdmin, { id }); // twice: no error, nothing changes
  });

  it("only an admin of the organisation's country issues, lists or revokes; NGOs get their own country only", async () => {
    const boPolice = await org("POLICE_UNIT", "BO");
    const boNgo = await org("NGO", "BO");
    const gov = await org("GOVERNMENT", "BO");
    const peAdmin = await admin("PE");
    const before = await env.db.apiToken.count();
    await expect(createApiToken(peAdmin, input(boPolice.id))).rejects.toBeInstanceOf(AppError);
    await expect(createApiToken(await admin("BO"), input(gov.id))).rejects.toMatchObject({
      key: "partners:errors.organizationKind",
    });
    await expect(
      createApiToken(await admin("BO"), input(boNgo.id, { countryCodes: ["BO", "PE"] })),
    ).rejects.toMatchObject({
      key: "partners:errors.ngoCountries",
    });
    const police = await createUser(env.db, {
      email: `p-${crypto.randomUUID()}@demo.test`,
      role: "POLICE",
      countryCode: "BO",
      passwordHash: "x",
    });
    await expect(createApiToken(await viewerOf(police.id), input(boPolice.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await env.db.apiToken.count()).toBe(before);
    const { id } = await createApiToken(await admin("BO"), input(boPolice.id));
    await expect(revokeApiToken(peAdmin, { id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listApiTokens(peAdmin)).map((t) => t.id)).not.toContain(id);
    const listed = (await listApiTokens(await admin("BO"))).find((t) => t.id === id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("secretHash");
  });
});

describe("PFIF export", () => {
  it("police partners get their token's countries, without reporters, each read logged; withdrawn cases never", async () => {
    const bo = await makeCase(env.db, {
      country: "BO",
      givenNames: "Nayeli",
      familyNames: "Quispe Mamani",
      approved: false,
    });
    const pe = await makeCase(env.db, { country: "PE", givenNames: "Rosa", familyNames: "Huamán" });
    const cl = await makeCase(env.db, { country: "CL" });
    const withdrawn = await makeCase(env.db, { country: "BO", withdrawn: true });
    const police = await org("POLICE_UNIT", "BO");
    const { token } = await createApiToken(
      await admin("BO"),
      input(police.id, { countryCodes: ["BO", "PE"] }),
    );
    const viewer = (await viewerForToken(token))!;
    const page = await exportPfifPersons(viewer, { maxResults: 100 }, ctx);
    const doc = parsePfif(page.xml);
    const ids = doc.persons.map((p) => p.person.person_record_id);
    expect(ids).toContain(`reencuentro.test/${bo.publicId}`);
    expect(ids).toContain(`reencuentro.test/${pe.publicId}`);
    expect(ids).not.toContain(`reencuentro.test/${cl.publicId}`);
    expect(ids).not.toContain(`reencuentro.test/${withdrawn.publicId}`);
    const reporter = await env.db.case.findUniqueOrThrow({
      where: { id: bo.id },
      select: { reporterName: true, caseNumber: true },
    });
    expect(page.xml).not.toContain(reporter.reporterName);
    expect(page.xml).not.toContain(reporter.caseNumber);
    const logs = await env.db.caseAccessLog.findMany({ where: { caseId: bo.id, action: "PFIF_EXPORT" } });
    expect(logs).toHaveLength(1);
    expect(logs[0]!.userId).toBe(viewer.id);
    const notes = doc.persons.find((p) => p.person.person_record_id?.endsWith(bo.publicId))!.notes;
    expect(notes[0]!.note.status).toBe("information_sought");
  });

  it("police partners get no card-only or sealed claim of another country, whole records only", async () => {
    const network = await makeCase(env.db, { country: "PE", givenNames: "Rosa", familyNames: "Network" });
    const card = await makeCase(env.db, { country: "PE", givenNames: "Rosa", familyNames: "Card" });
    const sealed = await makeCase(env.db, { country: "PE", givenNames: "Rosa", familyNames: "Sealed" });
    await env.db.case.update({ where: { id: card.id }, data: { crossBorderConsent: "IDENTIFYING" } });
    await env.db.case.update({ where: { id: sealed.id }, data: { sealedAt: new Date() } });
    const police = await org("POLICE_UNIT", "BO");
    const { token } = await createApiToken(
      await admin("BO"),
      input(police.id, { countryCodes: ["BO", "PE"] }),
    );
    const viewer = (await viewerForToken(token))!;
    const ids = parsePfif((await exportPfifPersons(viewer, { maxResults: 500 }, ctx)).xml).persons.map(
      (p) => p.person.person_record_id,
    );
    expect(ids).toContain(`reencuentro.test/${network.publicId}`);
    expect(ids).not.toContain(`reencuentro.test/${card.publicId}`);
    expect(ids).not.toContain(`reencuentro.test/${sealed.publicId}`);
    expect(await env.db.caseAccessLog.count({ where: { caseId: { in: [card.id, sealed.id] } } })).toBe(0);
  });

  it("pages with a cursor: every record once, in order", async () => {
    const police = await org("POLICE_UNIT", "EC");
    for (let i = 0; i < 5; i++) await makeCase(env.db, { country: "EC" });
    const { token } = await createApiToken(await admin("EC"), input(police.id, { countryCodes: ["EC"] }));
    const viewer = (await viewerForToken(token))!;
    const seen: string[] = [];
    let cursor: string | null = null;
    const { decodeCursor } = await import("./pfif-export-data");
    do {
      const page = await exportPfifPersons(
        viewer,
        { maxResults: 2, cursor: cursor ? decodeCursor(cursor)! : undefined },
        ctx,
      );
      seen.push(...parsePfif(page.xml).persons.map((p) => p.person.person_record_id!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("an NGO partner reads the bulletin only: consented fields, approved cases", async () => {
    const ngo = await org("NGO", "CR");
    const published = await makeCase(env.db, {
      country: "CR",
      consent: { name: true, photo: false, age: false, lastSeen: false },
    });
    const unapproved = await makeCase(env.db, { country: "CR", approved: false });
    const { token } = await createApiToken(await admin("CR"), input(ngo.id, { countryCodes: ["CR"] }));
    const page = await exportPfifPersons((await viewerForToken(token))!, { maxResults: 100 }, ctx);
    const persons = parsePfif(page.xml).persons.map((p) => p.person);
    expect(persons.map((p) => p.person_record_id)).toEqual([`reencuentro.test/${published.publicId}`]);
    const row = await env.db.case.findUniqueOrThrow({ where: { id: published.id } });
    expect(persons[0]!.full_name).toBe(`${row.givenNames} ${row.familyNames}`);
    expect(page.xml).not.toContain(row.lastSeenCity);
    expect(persons[0]!.age).toBeUndefined();
    expect(persons[0]!.description).toBeUndefined();
    expect(unapproved).toBeDefined();
    expect(await env.db.caseAccessLog.count({ where: { action: "PFIF_EXPORT", caseId: published.id } })).toBe(
      0,
    );
  });

  it("a token without pfif:read reads nothing", async () => {
    const police = await org("POLICE_UNIT", "BO");
    const { token } = await createApiToken(await admin("BO"), input(police.id, { scopes: ["cases:search"] }));
    await expect(
      exportPfifPersons((await viewerForToken(token))!, { maxResults: 10 }, ctx),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
