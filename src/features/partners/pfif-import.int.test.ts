import { withTestDb } from "@/testing/with-test-db";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { makeCase } from "@/features/bulletin/test-helpers";
import { parsePfif } from "@/lib/pfif/parse";
import { AppError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { createUser } from "@/testing/factories";
import { createTestDb, type TestDb, pointAppAt } from "@/testing/test-db";
import { seedReference } from "../../../prisma/seed/reference";
import { exportPfifPersons, type FeedContext } from "./pfif-export-data";
import { importPfif } from "./pfif-import-data";
import { createApiToken, viewerForToken } from "./token-data";

const env = withTestDb();
const ctx: FeedContext = {
  domain: "a.reencuentro.test",
  baseUrl: "https://a.reencuentro.test",
  locale: "es",
  t: (k) => k,
};

async function tokenViewer(
  db: PrismaClient,
  countryCodes: string[],
  scopes: ("pfif:read" | "pfif:write")[],
): Promise<Viewer> {
  const org = await db.organization.create({
    data: { name: `Policía ${crypto.randomUUID()}`, kind: "POLICE_UNIT", countryCode: "BO" },
  });
  const a = await createUser(db, {
    email: `a-${crypto.randomUUID()}@demo.test`,
    role: "ADMIN",
    countryCode: "BO",
    isSuperAdmin: true,
    passwordHash: "x",
  });
  const admin = toViewer(await db.user.findUniqueOrThrow({ where: { id: a.id }, select: viewerSelect }));
  const { token } = await createApiToken(admin, {
    name: "t",
    organizationId: org.id,
    scopes,
    countryCodes: countryCodes as never,
    expiresInDays: 5,
    rateLimitPerMinute: 100,
  });
  return (await viewerForToken(token))!;
}

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
${body}
</pfif:pfif>`;
const person = (id: string, extra = "") => `  <pfif:person>
    <pfif:person_record_id>partner.org/${id}</pfif:person_record_id>
    <pfif:source_date>2026-10-03T12:00:00Z</pfif:source_date>
    <pfif:full_name>Juan Carlos Pérez López</pfif:full_name>
    <pfif:author_name>Registro Nacional</pfif:author_name>
    <pfif:author_email>registro@partner.org</pfif:author_email>
    <pfif:home_country>BO</pfif:home_country>
    <pfif:home_city>La Paz</pfif:home_city>
    <pfif:age>12</pfif:age>${extra}
  </pfif:person>`;

describe("PFIF import", () => {
  it("files each good person as an unpublished claim, reports bad ones with line and reason, and is idempotent", async () => {
    const viewer = await tokenViewer(env.db, ["BO"], ["pfif:write"]);
    const xml = doc(
      [
        person(
          "p1",
          `
    <pfif:note>
      <pfif:note_record_id>partner.org/n1</pfif:note_record_id>
      <pfif:author_name>Oficial Mamani</pfif:author_name>
      <pfif:source_date>2026-10-04T09:00:00Z</pfif:source_date>
      <pfif:status>believed_missing</pfif:status>
      <pfif:text>Visto en la terminal</pfif:text>
    </pfif:note>`,
        ),
        person("p2").replace("<pfif:home_country>BO", "<pfif:home_country>PE"),
        person("p3").replace("<pfif:full_name>Juan Carlos Pérez López</pfif:full_name>", ""),
        person("p4").replace("<pfif:author_email>registro@partner.org</pfif:author_email>", ""),
        person("p5").replace("<pfif:age>12</pfif:age>", ""),
      ].join("\n"),
    );
    const before = await env.db.case.count();
    const report = await importPfif(viewer, xml);
    const byId = Object.fromEntries(report.map((r) => [r.recordId, r]));
    expect(byId["partner.org/p1"]?.problems).toBeUndefined();
    expect(byId["partner.org/p1"]).toMatchObject({ result: "created", line: 3 });
    expect(byId["partner.org/p2"]).toMatchObject({
      result: "refused",
      problems: [{ field: "home_country", reason: "partners:pfif.reason.countryOutOfScope" }],
    });
    expect(byId["partner.org/p3"]).toMatchObject({
      result: "refused",
      problems: [{ field: "full_name", reason: "partners:pfif.reason.required" }],
    });
    // Reachable through the partner that sent it: no reporter phone or email needed.
    expect(byId["partner.org/p4"]?.result).toBe("created");
    expect(byId["partner.org/p5"]).toMatchObject({
      result: "refused",
      problems: [{ field: "age", reason: "intake:errors.dobOrAge" }],
    });
    expect(byId["partner.org/n1"]).toMatchObject({ result: "created", kind: "note" });
    expect(await env.db.case.count()).toBe(before + 2);
    const c = await env.db.case.findUniqueOrThrow({ where: { pfifRecordId: "partner.org/p1" } });
    expect(c).toMatchObject({
      givenNames: "Juan Carlos",
      familyNames: "Pérez López",
      sourceName: null,
      consentPublishName: false,
      sourceTokenId: viewer.api!.tokenId,
    });
    const events = await env.db.caseEvent.findMany({ where: { caseId: c.id, type: "PFIF_NOTE" } });
    expect(events).toHaveLength(1);

    const again = await importPfif(viewer, xml);
    expect(again.filter((r) => r.result === "created")).toEqual([]);
    expect(await env.db.case.count()).toBe(before + 2);
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "PFIF_NOTE" } })).toBe(1);
  });

  it("an updated record updates the claim it created before, with an event", async () => {
    const viewer = await tokenViewer(env.db, ["BO"], ["pfif:write"]);
    await importPfif(viewer, doc(person("u1")));
    const report = await importPfif(
      viewer,
      doc(person("u1", "\n    <pfif:alternate_names>Juanca</pfif:alternate_names>")),
    );
    expect(report[0]).toMatchObject({ result: "updated" });
    const c = await env.db.case.findUniqueOrThrow({ where: { pfifRecordId: "partner.org/u1" } });
    expect(c.otherNames).toBe("Juanca");
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "PFIF_UPDATED" } })).toBe(1);
  });

  it("refuses XXE and entity-expansion documents whole, writing nothing", async () => {
    const viewer = await tokenViewer(env.db, ["BO"], ["pfif:write"]);
    const before = await env.db.case.count();
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${doc(person("x1").replace("La Paz", "&x;"))}`;
    await expect(importPfif(viewer, xxe)).rejects.toMatchObject({ key: "partners:pfif.document.doctype" });
    await expect(importPfif(viewer, "<not-xml")).rejects.toBeInstanceOf(AppError);
    expect(await env.db.case.count()).toBe(before);
  });
});

describe("PFIF round trip", () => {
  let other: TestDb;
  beforeAll(async () => {
    other = await createTestDb();
    await seedReference(other.db);
  });
  afterAll(async () => {
    await other?.drop();
  });
  const useDb = (db: PrismaClient) => {
    pointAppAt(db);
  };

  it("export -> import into a fresh database -> export gives the same PFIF, modulo entry_date", async () => {
    const c = await makeCase(env.db, {
      country: "GT",
      givenNames: "Ana María",
      familyNames: "Xol Caal",
      dateOfBirth: "2011-05-04",
    });
    await env.db.case.update({ where: { id: c.id }, data: { reporterEmail: "familia@example.org" } });
    const reader = await tokenViewer(env.db, ["GT"], ["pfif:read"]);
    const first = await exportPfifPersons(reader, { maxResults: 100 }, ctx);
    useDb(other.db);
    try {
      const writer = await tokenViewer(other.db, ["GT"], ["pfif:write"]);
      const report = await importPfif(writer, first.xml);
      expect(report.filter((r) => r.result === "refused")).toEqual([]);
      const reader2 = await tokenViewer(other.db, ["GT"], ["pfif:read"]);
      const second = await exportPfifPersons(
        reader2,
        { maxResults: 100 },
        { ...ctx, domain: "b.reencuentro.test" },
      );
      const strip = (xml: string) =>
        parsePfif(xml).persons.map((p) => ({
          person: { ...p.person, entry_date: undefined },
          notes: p.notes.map((n) => ({ ...n.note, entry_date: undefined })),
        }));
      expect(strip(second.xml)).toEqual(strip(first.xml));
    } finally {
      useDb(env.db);
    }
  });
});

describe("the specification's example documents", () => {
  const fixture = (name: string) =>
    readFileSync(path.join(process.cwd(), "src/lib/pfif/fixtures", name), "utf8");

  it("1.4: the person is refused for its country (Haiti is not in the network), with the reason; in Peru it is imported with both notes", async () => {
    const viewer = await tokenViewer(env.db, ["PE"], ["pfif:write"]);
    const asIs = await importPfif(viewer, fixture("spec-example-1.4.xml"));
    expect(asIs.find((r) => r.kind === "person")).toMatchObject({
      recordId: "example.org/234",
      result: "refused",
      problems: [{ field: "home_country", reason: "partners:pfif.reason.countryOutOfScope" }],
    });
    const inPeru = fixture("spec-example-1.4.xml")
      .replace("<pfif:home_country>HT", "<pfif:home_country>PE")
      .replace("Port-au-Prince", "Lima")
      .replace(/example\.org\/(234|567|568)/g, "example.org/pe-$1");
    const report = await importPfif(viewer, inPeru);
    expect(report.map((r) => [r.kind, r.result, r.problems ?? []])).toEqual([
      ["person", "created", []],
      ["note", "created", []],
      ["note", "created", []],
    ]);
    const c = await env.db.case.findUniqueOrThrow({ where: { pfifRecordId: "example.org/pe-234" } });
    expect(c).toMatchObject({
      givenNames: "Bob",
      familyNames: "Smith",
      countryCode: "PE",
      sourceName: "Example Organization",
      sourceUrl: "http://example.org/person/234",
    });
  });

  it("1.2: legacy field names are read as their 1.4 equivalents", async () => {
    const viewer = await tokenViewer(env.db, ["PE"], ["pfif:write"]);
    const report = await importPfif(viewer, fixture("spec-example-1.2.xml"));
    expect(report.map((r) => [r.kind, r.result, r.problems ?? []])).toEqual([
      ["person", "created", []],
      ["note", "created", []],
    ]);
    const c = await env.db.case.findUniqueOrThrow({ where: { pfifRecordId: "example.org/789" } });
    expect(c).toMatchObject({ givenNames: "Ana", familyNames: "Mendoza", countryCode: "PE" });
  });
});
