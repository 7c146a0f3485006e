// The coverage target editor (decision 180): a country's trainers and admins set the targets of
// the whole country, each region and each cascade level; the coverage page then sets the people
// trained against them, under-target regions first. A trainer of another country, police and
// NGO staff are refused in the data layer (not found) and change nothing; bad numbers are refused
// by the schema and a region of another country by the data layer, again changing nothing; each
// change leaves one AuditEvent with what it was before and after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { closeAppTestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { getCoverage } from "./coverage-data";
import { CoverageTargetsInput, coverageTargetsFromForm } from "./schemas";
import { getTargetsForEditor, setCoverageTargets } from "./target-data";
import { createTrainingWorld, type TrainingWorld } from "./testing";

let w: TrainingWorld;
let ngoBz: Viewer;

/** Every target row of Belize, as one comparable value. */
const snapshot = async () => ({
  regions: await w.db.trainingTarget.findMany({
    where: { countryCode: "BZ" },
    orderBy: [{ regionId: "asc" }],
    select: { regionId: true, target: true },
  }),
  levels: await w.db.trainingLevelTarget.findMany({
    where: { countryCode: "BZ" },
    orderBy: { level: "asc" },
    select: { level: true, target: true },
  }),
});
const audits = () => w.db.auditEvent.findMany({ where: { action: "training.targets.set" } });
const input = (o: Record<string, unknown>) =>
  CoverageTargetsInput.parse({ countryCode: "BZ", total: "140", regions: {}, levels: {}, ...o });

beforeAll(async () => {
  w = await createTrainingWorld();
  ngoBz = await makeViewer(w.db, "NGO", "BZ", { email: "ngo.bz@test.invalid" });
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("coverage targets", () => {
  it("refuses a trainer of another country, police and NGO staff, and changes nothing", async () => {
    const before = await snapshot();
    const change = input({ total: "500", regions: { [w.regions["BZ-CY"]!]: "99" }, levels: { "0": "1" } });
    for (const v of [w.trainerBo, w.policeBz, ngoBz]) {
      await expect(setCoverageTargets(v, change)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getTargetsForEditor(v, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await snapshot()).toEqual(before);
    expect(await audits()).toHaveLength(0);
  });

  it("refuses numbers out of range or not whole, field by field, before any write", () => {
    const r = CoverageTargetsInput.safeParse({
      countryCode: "BZ",
      total: "0",
      regions: { [w.regions["BZ-CY"]!]: "12.5", [w.regions["BZ-TOL"]!]: "abc" },
      levels: { "1": "100001", "2": "-3", "3": " 40 " },
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["total", "training:validation.invalidTarget"],
        [`regions.${w.regions["BZ-CY"]}`, "training:validation.invalidTarget"],
        [`regions.${w.regions["BZ-TOL"]}`, "training:validation.invalidTarget"],
        ["levels.1", "training:validation.invalidTarget"],
        ["levels.2", "training:validation.invalidTarget"],
      ]),
    );
    expect(paths.some(([p]) => p === "levels.3")).toBe(false); // spaces around a number are fine
  });

  it("refuses a region of another country as a 400 beside that field, and writes nothing", async () => {
    const before = await snapshot();
    const boRegion = Object.entries(w.regions).find(([code]) => code.startsWith("BO-"))![1];
    const err = await setCoverageTargets(
      w.trainerBz,
      input({ total: "", regions: { [boRegion]: "5", [w.regions["BZ-CY"]!]: "1" } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    expect((err as { fieldErrors: object }).fieldErrors).toEqual({
      [`regions.${boRegion}`]: "training:validation.invalidChoice",
    });
    expect(await snapshot()).toEqual(before);
    expect(await audits()).toHaveLength(0);
  });

  it("lets the country's trainer set region and level targets; the coverage page follows", async () => {
    const form = new FormData();
    form.set("countryCode", "BZ");
    form.set("total", "");
    form.set(`regions.${w.regions["BZ-CY"]}`, "35");
    form.set(`regions.${w.regions["BZ-TOL"]}`, "");
    form.set("levels.2", "50");
    const r = await setCoverageTargets(
      w.trainerBz,
      CoverageTargetsInput.parse(coverageTargetsFromForm(form)),
    );
    expect(r.changed).toBe(4);

    const c = await getCoverage(w.adminBz, "BZ");
    expect(c.target).toBeNull();
    const names = c.regions.map((x) => x.code);
    const cayo = c.regions.find((x) => x.code === "BZ-CY")!;
    const toledo = c.regions.find((x) => x.code === "BZ-TOL")!;
    expect(cayo).toMatchObject({ target: 35, underTarget: true });
    expect(toledo).toMatchObject({ target: null, underTarget: false });
    // Under target first: Toledo, now without a target, comes after every region still under one.
    const firstWithout = c.regions.findIndex((x) => !x.underTarget);
    expect(names.indexOf("BZ-TOL")).toBeGreaterThanOrEqual(firstWithout);
    expect(c.regions.slice(0, firstWithout).every((x) => x.underTarget)).toBe(true);
    expect(c.levels.find((l) => l.level === 2)).toMatchObject({ target: 50, underTarget: true });

    const [audit, ...more] = await audits();
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      actorUserId: w.trainerBz.id,
      targetType: "Country",
      targetId: "BZ",
      countryCode: "BZ",
      before: { total: 140, "region.BZ-CY": 20, "region.BZ-TOL": 20, "level.2": null },
      after: { total: null, "region.BZ-CY": 35, "region.BZ-TOL": null, "level.2": 50 },
    });
  });

  it("lets the country's admin change them too; saving the same values again writes no audit row", async () => {
    const editor = await getTargetsForEditor(w.adminBz, "BZ");
    expect(editor.regions.find((r) => r.code === "BZ-CY")!.target).toBe(35);
    // Levels with a target (0, 1, 2) and one more for the next round.
    expect(editor.levels.map((l) => l.level)).toEqual([0, 1, 2, 3]);
    const change = input({ total: "150", levels: { "2": "50" } });
    expect((await setCoverageTargets(w.adminBz, change)).changed).toBe(1);
    expect((await setCoverageTargets(w.adminBz, change)).changed).toBe(0);
    const rows = await audits();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      actorUserId: w.adminBz.id,
      before: { total: null },
      after: { total: 150 },
    });
    expect((await getCoverage(w.trainerBz, "BZ")).target).toBe(150);
  });
});
