import type { TFunction } from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { addAttendee, importAttendees, markAllAttendees, setAttendance } from "./attendee-data";
import { getCoverage } from "./coverage-data";
import { exportCoverageCsv } from "./coverage-export";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
const t = ((k: string) => k.split(".").pop()) as unknown as TFunction;

beforeAll(async () => {
  w = await createTrainingWorld();
  // The seed's Belize targets: 140 overall, 20 per region.
  const ttt = await createSession(
    w.trainerBz,
    sessionInput({
      trainerIds: [w.trainerBz.id],
      title: '=HYPERLINK("http://evil")',
      regionId: w.regions["BZ-CY"],
    }),
  );
  const csv = [
    "name,region,email",
    "A One,Cayo,a@x.org",
    "B Two,San Pedro,b@x.org",
    "C Three,,c@x.org",
    "D Four,Toledo,",
  ].join("\n");
  expect(await importAttendees(w.trainerBz, ttt.id, csv)).toMatchObject({ ok: true, imported: 4 });
  const rows = await w.db.trainingAttendee.findMany({ where: { sessionId: ttt.id } });
  for (const r of rows.filter((r) => r.name !== "D Four"))
    await setAttendance(w.trainerBz, { attendeeId: r.id, attended: true, completed: true });
  // A refresher for someone already counted adds nobody.
  const refresher = await createSession(
    w.trainerBz,
    sessionInput({ trainerIds: [w.trainerBz.id], kind: "REFRESHER", startDate: "2026-05-04", endDate: "" }),
  );
  const again = await addAttendee(
    w.trainerBz,
    refresher.id,
    attendee({
      name: "A One",
      email: "a@x.org",
      regionId: w.regions["BZ-TOL"],
    }),
  );
  await setAttendance(w.trainerBz, { attendeeId: again.id, attended: true, completed: true });
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("coverage", () => {
  it("counts completed officers per region against the targets", async () => {
    const c = await getCoverage(w.trainerBz, "BZ");
    expect(c.total).toBe(3);
    expect(c.target).toBe(140);
    const byCode = Object.fromEntries(c.regions.map((r) => [r.code, [r.trained, r.target]]));
    // "C Three" has no region: counted where the session took place (Cayo).
    expect(byCode).toMatchObject({ "BZ-CY": [2, 20], "BZ-SP": [1, 20], "BZ-TOL": [0, 20] });
    expect(c.regions).toHaveLength(7);
    expect(c.months).toEqual([
      { month: "2026-02", sessions: 1 },
      { month: "2026-03", sessions: 0 },
      { month: "2026-04", sessions: 0 },
      { month: "2026-05", sessions: 1 },
    ]);
    expect((await getCoverage(w.adminBz, "BZ")).total).toBe(3);
  });

  it("counts by cascade level, lists under-target districts first, and ignores sessions not yet held", async () => {
    const parent = (await w.db.trainingSession.findFirstOrThrow({ where: { kind: "TRAIN_THE_TRAINERS" } }))
      .id;
    const workshop = await createSession(
      w.trainerBz,
      sessionInput({
        trainerIds: [w.trainerBz.id],
        kind: "CASCADE_WORKSHOP",
        parentSessionId: parent,
        regionId: w.regions["BZ-SP"],
        startDate: "2026-06-01",
        endDate: "",
      }),
    );
    for (const name of ["E Five", "F Six", "G Seven"])
      await addAttendee(w.trainerBz, workshop.id, attendee({ name, email: `${name[0]}@x.org` }));
    const gSeven = await w.db.trainingAttendee.findFirstOrThrow({ where: { name: "G Seven" } });
    expect(
      await markAllAttendees(w.trainerBz, { sessionId: workshop.id, mark: "completed", except: [gSeven.id] }),
    ).toEqual({ changed: 2 });
    const c = await getCoverage(w.trainerBz, "BZ", new Date("2026-07-01T12:00:00Z"));
    // The seed's Belize level targets: 20 trainers, then 140 officers in the districts.
    expect(c.levels).toEqual([
      { level: 0, trained: 3, target: 20, underTarget: true, gain: null, exercises: [] },
      { level: 1, trained: 2, target: 140, underTarget: true, gain: null, exercises: [] },
    ]);
    // San Pedro 3 of 20, Cayo 2 of 20 ... all under target; the emptiest first.
    expect(c.regions.every((r) => r.underTarget)).toBe(true);
    expect(c.regions.at(-1)!.code).toBe("BZ-SP");

    // A session dated in the future: its (wrongly pre-marked) completions do not count yet.
    await w.db.trainingSession.update({
      where: { id: workshop.id },
      data: { startDate: new Date("2026-08-01") },
    });
    const before = await getCoverage(w.trainerBz, "BZ", new Date("2026-07-01T12:00:00Z"));
    // Level 1 is still listed, against its target, with nobody trained there yet.
    expect(before.levels.map((l) => [l.level, l.trained, l.target])).toEqual([
      [0, 3, 20],
      [1, 0, 140],
    ]);
    expect(before.upcoming).toBe(1);
    expect(before.months.at(-1)!.month).toBe("2026-05");
    // The other tests of this file count the first world only.
    await w.db.trainingAttendee.deleteMany({ where: { sessionId: workshop.id } });
    await w.db.trainingSession.delete({ where: { id: workshop.id } });
  });

  it("refuses to record attendance or completion before the session's day; undoing stays possible", async () => {
    const future = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], startDate: "2099-01-10", endDate: "" }),
    );
    const h = await addAttendee(w.trainerBz, future.id, attendee({ name: "H Eight" }));
    for (const change of [
      () => setAttendance(w.trainerBz, { attendeeId: h.id, attended: true, completed: false }),
      () => setAttendance(w.trainerBz, { attendeeId: h.id, attended: true, completed: true }),
      () => markAllAttendees(w.trainerBz, { sessionId: future.id, mark: "attended", except: [] }),
    ])
      await expect(change()).rejects.toMatchObject({ key: "training:errors.notYetHeld" });
    expect(await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: h.id } })).toMatchObject({
      attended: false,
      completedAt: null,
    });
    await setAttendance(w.trainerBz, { attendeeId: h.id, attended: false, completed: false });
    // Another country's trainer: not found, as everywhere.
    await expect(
      markAllAttendees(w.trainerBo, { sessionId: future.id, mark: "attended", except: [] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is not available for another country", async () => {
    await expect(getCoverage(w.trainerBo, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCoverageCsv(w.trainerBo, "BZ", "regions", t)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCoverage(w.policeBz, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCoverage(w.trainerBo, "BO")).total).toBe(0);
  });

  it("exports CSV that a spreadsheet cannot run as a formula", async () => {
    const regions = await exportCoverageCsv(w.trainerBz, "BZ", "regions", t);
    expect(
      regions.startsWith(
        "\uFEFFregion,code,trained,target,%,knowledgeBefore,knowledgeAfter,knowledgeGain,knowledgePeople\r\n",
      ),
    ).toBe(true);
    // No knowledge checks taken here: the four knowledge columns are blank.
    expect(regions).toContain("Cayo,BZ-CY,2,20,10,,,,\r\n");
    expect(regions).toContain("total,BZ,3,140,2,,,,\r\n");
    const sessions = await exportCoverageCsv(w.trainerBz, "BZ", "sessions", t);
    expect(sessions).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(sessions).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
