import type { TFunction } from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { addAttendee, importAttendees, setAttendance } from "./attendee-data";
import { getCoverage } from "./coverage-data";
import { exportCoverageCsv } from "./coverage-export";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";

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
  await w?.testDb.drop();
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

  it("is not available for another country", async () => {
    await expect(getCoverage(w.trainerBo, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCoverageCsv(w.trainerBo, "BZ", "regions", t)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCoverage(w.policeBz, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCoverage(w.trainerBo, "BO")).total).toBe(0);
  });

  it("exports CSV that a spreadsheet cannot run as a formula", async () => {
    const regions = await exportCoverageCsv(w.trainerBz, "BZ", "regions", t);
    expect(regions.startsWith("\uFEFFregion,code,trained,target,%\r\n")).toBe(true);
    expect(regions).toContain("Cayo,BZ-CY,2,20,10\r\n");
    expect(regions).toContain("total,BZ,3,140,2\r\n");
    const sessions = await exportCoverageCsv(w.trainerBz, "BZ", "sessions", t);
    expect(sessions).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(sessions).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
