import { viewerOf } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { dobForAge, makeCase, makeTrainingSession } from "@/features/bulletin/test-helpers";
import type { Viewer } from "@/server/viewer";
import type { Cell, StatsData } from "./aggregate";
import { statsToCsv } from "./csv";
import { getStatsForViewer, statsFor } from "./data";

const env = withTestDb();

const viewer = (v: Partial<Viewer>) => viewerOf({ id: crypto.randomUUID(), countryCode: "BZ", ...v });

const cell = (cells: Cell[], key: string) => cells.find((c) => c.key === key)?.count;
const lastMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 15, 12));
};

/** Every number in a DTO, wherever it sits. */
function allCounts(s: StatsData): unknown[] {
  const cells = [s.byMonth, s.byCountry, s.byRegion, s.byStatus, s.bySex, s.byAge, s.byTrafficking].flat();
  return [s.total, s.located, ...cells.map((c) => c.count)];
}

// Belize: 7 active girls aged 15, 3 located boys aged 40 (one with trafficking signs), all last
// seen last month in Belize District. Plus noise that must never be counted: 20 practice cases,
// 2 rejected reports, 1 confirmed duplicate. Bolivia: 12 active cases.
beforeAll(async () => {
  const at = lastMonth();
  const bz = { country: "BZ" as const, regionCode: "BZ-BZ", lastSeenAt: at };
  for (let i = 0; i < 7; i++)
    await makeCase(env.db, { ...bz, status: "ACTIVE", sex: "FEMALE", dateOfBirth: null, approxAge: 15 });
  for (let i = 0; i < 3; i++)
    await makeCase(env.db, {
      ...bz,
      status: "LOCATED_ALIVE",
      sex: "MALE",
      dateOfBirth: null,
      approxAge: 40,
      riskIndicators: i === 0 ? ["DEBT_BONDAGE"] : [],
    });
  const session = await makeTrainingSession(env.db, "BZ");
  for (let i = 0; i < 20; i++)
    await makeCase(env.db, { ...bz, status: "LOCATED_ALIVE", practiceSessionId: session.id });
  for (let i = 0; i < 2; i++) await makeCase(env.db, { ...bz, status: "REJECTED" });
  const original = await makeCase(env.db, {
    ...bz,
    status: "ACTIVE",
    sex: "FEMALE",
    approxAge: 15,
    dateOfBirth: null,
  });
  const dup = await makeCase(env.db, {
    ...bz,
    status: "ACTIVE",
    sex: "FEMALE",
    approxAge: 15,
    dateOfBirth: null,
  });
  await env.db.case.update({ where: { id: dup.id }, data: { duplicateOfId: original.id } });
  for (let i = 0; i < 12; i++)
    await makeCase(env.db, { country: "BO", status: "ACTIVE", dateOfBirth: dobForAge(25), lastSeenAt: at });
}, 120_000);

describe("public statistics", () => {
  it("never publishes a count from 1 to 4, anywhere in the DTO", async () => {
    for (const country of [null, "BZ", "BO", "NI"]) {
      const s = await getStatsForViewer(null, { country });
      expect(s.mode).toBe("public");
      for (const n of allCounts(s)) expect(typeof n === "number" ? n === 0 || n >= 5 : n === "<5").toBe(true);
    }
  });

  it("counts real cases only, suppresses small cells and rounds the rest", async () => {
    const s = await getStatsForViewer(null, { country: "BZ" });
    // 8 real (7 + the original of the duplicate) active + 3 located = 11 -> 10.
    expect(s.total).toBe(10);
    expect(cell(s.byStatus, "ACTIVE")).toBe(10);
    expect(cell(s.byStatus, "LOCATED_ALIVE")).toBe("<5");
    expect(cell(s.byStatus, "REJECTED")).toBeUndefined();
    expect(cell(s.byStatus, "CLOSED")).toBe(0);
    expect(s.located).toBe("<5");
    expect(s.locatedRate).toBeNull();
    expect(cell(s.bySex, "MALE")).toBe("<5");
    expect(cell(s.byAge, "12-17")).toBe(10);
    expect(cell(s.byAge, "30-59")).toBe("<5");
    expect(cell(s.byTrafficking, "true")).toBe("<5");
    expect(cell(s.byRegion, "BZ-BZ")).toBe(10);
    const month = lastMonth().toISOString().slice(0, 7);
    expect(cell(s.byMonth, month)).toBe(10);
    expect(s.byMonth).toHaveLength(24);
  });

  it("shows every country, 0 where there is nothing", async () => {
    const s = await getStatsForViewer(null, {});
    expect(cell(s.byCountry, "BZ")).toBe(10);
    expect(cell(s.byCountry, "BO")).toBe(10);
    expect(cell(s.byCountry, "NI")).toBe(0);
    expect(s.byRegion).toEqual([]);
  });

  it("gives trainers and practice logins the public figures, never exact ones", async () => {
    const session = await makeTrainingSession(env.db, "BZ");
    for (const v of [
      viewer({ role: "TRAINER" }),
      viewer({ role: "POLICE", practiceSessionId: session.id }),
    ]) {
      const s = await getStatsForViewer(v, { country: "BZ" });
      expect(s.mode).toBe("public");
      expect(cell(s.byStatus, "LOCATED_ALIVE")).toBe("<5");
    }
  });
});

describe("staff statistics", () => {
  it("police get exact counts of their own country, and the public's of any other (decision 177)", async () => {
    const s = await getStatsForViewer(viewer({ role: "POLICE", countryCode: "BZ" }), { country: "BZ" });
    expect(s).toMatchObject({ mode: "exact", country: "BZ", total: 11, located: 3, locatedRate: 27.3 });
    expect(cell(s.byStatus, "LOCATED_ALIVE")).toBe(3);
    expect(cell(s.bySex, "MALE")).toBe(3);
    expect(cell(s.byTrafficking, "true")).toBe(1);
    const abroad = await getStatsForViewer(viewer({ role: "POLICE", countryCode: "BO" }), { country: "BZ" });
    expect(abroad).toEqual(await getStatsForViewer(null, { country: "BZ" }));
    expect(abroad).toMatchObject({ mode: "public", total: 10, located: "<5" });
    // Every country together holds other countries' cells: protected too, even for Belize's police.
    const all = await getStatsForViewer(viewer({ role: "POLICE" }), {});
    expect(all).toMatchObject({ mode: "public", country: null, total: 25 });
  });

  it("NGO staff and country admins get their own country, whatever they ask for", async () => {
    for (const role of ["NGO", "ADMIN"] as const) {
      const s = await getStatsForViewer(viewer({ role, countryCode: "BO" }), { country: "BZ" });
      expect(s).toMatchObject({ mode: "exact", country: "BO", total: 12 });
      expect(s.byCountry).toEqual([]);
    }
  });

  it("a super-admin may choose every country, and sees their own exactly", async () => {
    const superAdmin = viewer({ role: "ADMIN", isSuperAdmin: true });
    expect(await getStatsForViewer(superAdmin, { country: "BZ" })).toMatchObject({
      mode: "exact",
      total: 11,
    });
    const all = await getStatsForViewer(superAdmin, {});
    expect(all).toMatchObject({ mode: "public", country: null, total: 25 });
    expect(cell(all.byCountry, "BZ")).toBe(10);
  });
});

describe("a staff scope of several countries", () => {
  // No session role has one today; a partner token narrowed to two countries would. Before typed
  // scopes, such a scope read as "every country".
  it("counts only those countries, and ignores a country outside them", async () => {
    const two = { countries: ["BO", "GT"], home: "BO" };
    const s = await statsFor(two, {});
    expect(s).toMatchObject({ mode: "public", country: null, countries: ["BO", "GT"], total: 10 });
    expect(s.byCountry.map((c) => c.key)).toEqual(["BO", "GT"]);
    expect(await statsFor(two, { country: "BZ" })).toMatchObject({ country: null, total: 10 });
    expect(await statsFor(two, { country: "BO" })).toMatchObject({ mode: "exact", country: "BO", total: 12 });
    expect(await statsFor(two, { country: "GT" })).toMatchObject({ mode: "public", country: "GT", total: 0 });
  });
});

describe("CSV", () => {
  it("carries exactly the DTO's numbers, public or exact", async () => {
    const t = (k: string) => k;
    for (const s of [
      await getStatsForViewer(null, { country: "BZ" }),
      await getStatsForViewer(viewer({ role: "POLICE" }), { country: "BZ" }),
    ]) {
      const lines = statsToCsv(s, t)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe("dimension,key,label,count");
      const find = (dim: string, key: string) =>
        lines
          .find((l) => l.startsWith(`${dim},${key},`))
          ?.split(",")
          .at(-1);
      // A small cell is written in words, as the page shows it.
      const shown = (c: unknown) => (c === "<5" ? "stats:suppressed" : String(c));
      expect(find("summary", "total")).toBe(shown(s.total));
      expect(find("status", "LOCATED_ALIVE")).toBe(shown(cell(s.byStatus, "LOCATED_ALIVE")));
      expect(find("region", "BZ-BZ")).toBe(shown(cell(s.byRegion, "BZ-BZ")));
    }
  });
});
