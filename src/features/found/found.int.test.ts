import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/viewer";
import {
  addFoundNote,
  changeFoundStatus,
  getFoundForViewer,
  recordFoundPerson,
  searchFoundPersons,
} from "./data";
import { FoundInput, FoundSearchInput } from "./schemas";
import { nayeRecord } from "./test-fixtures";
import { makeViewer } from "@/testing/viewers";

const env = withTestDb({ uploads: true });
let migrationGt: Viewer, policeBo: Viewer, policeGt: Viewer, ngoBo: Viewer, ngoGt: Viewer, trainer: Viewer;
let forensicPe: Viewer;
let gtNumber: string, boNumber: string;

const input = (o = {}) => FoundInput.parse(nayeRecord(o));
const search = (v: Viewer, q = "") => searchFoundPersons(v, FoundSearchInput.parse({ q }));
const counts = async () => ({
  records: await env.db.foundPerson.count(),
  events: await env.db.foundPersonEvent.count(),
  logs: await env.db.foundPersonAccessLog.count(),
});

beforeAll(async () => {
  migrationGt = await makeViewer(env.db, "MIGRATION", "GT");
  forensicPe = await makeViewer(env.db, "FORENSIC", "PE");
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policeGt = await makeViewer(env.db, "POLICE", "GT");
  ngoBo = await makeViewer(env.db, "NGO", "BO");
  ngoGt = await makeViewer(env.db, "NGO", "GT");
  trainer = await makeViewer(env.db, "TRAINER", "GT");
  gtNumber = (await recordFoundPerson(migrationGt, input())).foundNumber;
  boNumber = (await recordFoundPerson(ngoBo, input({ namesGiven: "Juancho", sex: "MALE" }))).foundNumber;
});

/** Expects `fn` to fail with `pattern` and leave every found table as it was. */
async function refused(fn: () => Promise<unknown>, pattern: RegExp) {
  const before = await counts();
  const statuses = await env.db.foundPerson.findMany({
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  });
  await expect(fn()).rejects.toThrow(pattern);
  expect(await counts()).toEqual(before);
  expect(
    await env.db.foundPerson.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ).toEqual(statuses);
}

describe("recording a found person", () => {
  it("numbers it in the recorder's country, with its marks and a CREATED event", async () => {
    expect(gtNumber).toMatch(/^GT-F-\d{4}-\d{6}$/);
    const row = await env.db.foundPerson.findUniqueOrThrow({
      where: { foundNumber: gtNumber },
      include: { marks: true, events: true },
    });
    expect(row).toMatchObject({
      countryCode: "GT",
      status: "OPEN",
      searchName: "naye",
      ageMin: 14,
      ageMax: 16,
    });
    expect(row.marks).toMatchObject([{ type: "TATTOO", bodyLocation: "LEFT_FOREARM", description: "rosa" }]);
    expect(row.events.map((e) => [e.type, e.actorUserId])).toEqual([["CREATED", migrationGt.id]]);
  });

  it("a retry of the same submission returns the same record and writes nothing", async () => {
    const once = input();
    const first = await recordFoundPerson(forensicPe, once);
    const before = await counts();
    expect(await recordFoundPerson(forensicPe, once)).toEqual({
      foundNumber: first.foundNumber,
      created: false,
    });
    expect(await counts()).toEqual(before);
  });

  // Practice logins record in their sandbox only: training/practice-found.int.test.ts.
  it("trainers may not record, and nothing is written", async () => {
    await refused(() => recordFoundPerson(trainer, input()), /forbidden/);
  });

  it("a region of another country is refused on its field, and nothing is written", async () => {
    const boRegion = await env.db.region.findFirstOrThrow({ where: { countryCode: "BO" } });
    await refused(() => recordFoundPerson(migrationGt, input({ regionId: boRegion.id })), /invalid/);
  });

  it("names words feed the shared name dictionary", async () => {
    expect(await env.db.$queryRaw`SELECT 1 FROM "CaseNameWord" WHERE word = 'naye'`).toHaveLength(1);
  });
});

describe("who sees found records", () => {
  it("a trainer sees none, and may not even search", async () => {
    await expect(search(trainer)).rejects.toThrow(/forbidden/);
    await refused(() => getFoundForViewer(trainer, gtNumber, "VIEW"), /notFound/);
  });

  it("an NGO in Bolivia sees Bolivian records only", async () => {
    const numbers = (await search(ngoBo)).rows.map((r) => r.foundNumber);
    expect(numbers).toContain(boNumber);
    expect(numbers.every((n) => n.startsWith("BO-"))).toBe(true);
    await refused(() => getFoundForViewer(ngoBo, gtNumber, "VIEW"), /notFound/);
  });

  it("police see every country's records, and find the girl by the one name she gave", async () => {
    const all = (await search(policeBo)).rows.map((r) => r.foundNumber);
    expect(all).toEqual(expect.arrayContaining([gtNumber, boNumber]));
    const byName = (await search(policeBo, "Naye")).rows.map((r) => r.foundNumber);
    expect(byName).toContain(gtNumber);
    expect(byName).not.toContain(boNumber);
    expect((await search(policeBo, gtNumber.toLowerCase())).rows.map((r) => r.foundNumber)).toEqual([
      gtNumber,
    ]);
  });

  it("opening a record writes one access-log row, search results none", async () => {
    const before = await counts();
    await search(policeBo, "Naye");
    expect(await counts()).toEqual(before);
    await getFoundForViewer(policeBo, gtNumber, "VIEW");
    const logs = await env.db.foundPersonAccessLog.findMany({ where: { userId: policeBo.id } });
    expect(logs.map((l) => l.action)).toEqual(["VIEW"]);
  });

  it("where the person is held: only the recording country's authorities", async () => {
    const own = await getFoundForViewer(policeGt, gtNumber, "VIEW");
    expect(own.institution).toEqual({ type: "SHELTER", name: "Hogar Temporal Zona 4" });
    expect((await getFoundForViewer(migrationGt, gtNumber, "PRINT")).institution).not.toBeNull();
    for (const v of [policeBo, ngoGt]) {
      const seen = await getFoundForViewer(v, gtNumber, "VIEW");
      expect(seen.institution).toBeNull();
      expect(JSON.stringify(seen)).not.toContain("Hogar Temporal");
    }
  });
});

describe("working a found record", () => {
  it("status changes need the status seen, write an event, and police abroad cannot change it", async () => {
    const change = {
      foundNumber: gtNumber,
      from: "OPEN",
      to: "UNDER_REVIEW",
      reason: "Posible coincidencia",
    } as const;
    await refused(() => changeFoundStatus(policeBo, change), /notFound/);
    await changeFoundStatus(migrationGt, change);
    await refused(() => changeFoundStatus(migrationGt, change), /staleStatus/);
    await refused(
      () => changeFoundStatus(ngoGt, { ...change, from: "UNDER_REVIEW", to: "IDENTIFIED" }),
      /forbidden/,
    );
    const events = await env.db.foundPersonEvent.findMany({
      where: { foundPerson: { foundNumber: gtNumber }, type: "STATUS_CHANGED" },
    });
    expect(events.map((e) => [e.oldValue, e.newValue, e.reason])).toEqual([
      ["OPEN", "UNDER_REVIEW", "Posible coincidencia"],
    ]);
  });

  it("notes: own country only", async () => {
    await refused(() => addFoundNote(ngoBo, { foundNumber: gtNumber, body: "x" }), /notFound/);
    await addFoundNote(ngoGt, { foundNumber: gtNumber, body: "Habla quechua" });
    const detail = await getFoundForViewer(ngoGt, gtNumber, "VIEW");
    expect(detail.events.find((e) => e.type === "NOTE_ADDED")?.body).toBe("Habla quechua");
  });

  it("history and access log are append-only in the database itself", async () => {
    await expect(env.db.$executeRaw`UPDATE "FoundPersonEvent" SET body = 'x'`).rejects.toThrow(/append-only/);
    await expect(env.db.$executeRaw`DELETE FROM "FoundPersonAccessLog"`).rejects.toThrow(/append-only/);
    await expect(env.db.$executeRaw`TRUNCATE "FoundPersonEvent"`).rejects.toThrow(/append-only/);
  });
});
