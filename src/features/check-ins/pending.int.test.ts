// The staff view of family check-ins (decision 149) against the real database: which families
// are overdue, due or awaited, in whose view, and that the filter narrows it.
import { beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { listPendingCheckIns } from "./data";
import { PendingFilter } from "./schemas";
import { familyCase } from "./test-helpers";

const env = withTestDb();
const DAY = 86_400_000;
const now = new Date();
let policeBz: Viewer;
let policeCayo: Viewer;
let policeGt: Viewer;
let ngoBz: Viewer;
let trainerBz: Viewer;
const n: Record<string, string> = {};

async function sent(caseId: string, number: number, daysAgo: number, answer?: "STILL_MISSING" | "CAME_HOME") {
  const at = new Date(now.getTime() - daysAgo * DAY);
  await env.db.checkIn.create({
    data: {
      caseId,
      number,
      createdAt: at,
      expiresAt: new Date(at.getTime() + 30 * DAY),
      ...(answer ? { answer, answeredAt: at } : {}),
    },
  });
}

const view = async (viewer: Viewer, q: Record<string, string> = {}) =>
  (await listPendingCheckIns(viewer, PendingFilter.parse(q), now)).rows;
const states = async (viewer: Viewer, q: Record<string, string> = {}) =>
  Object.fromEntries(
    (await view(viewer, q))
      .filter((r) => Object.values(n).includes(r.caseNumber))
      .map((r) => [r.caseNumber, `${r.state}:${r.number}`]),
  );

beforeAll(async () => {
  const db = env.db;
  const cayo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-CY" } })).id;
  const toledo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-TOL" } })).id;
  policeBz = await makeViewer(db, "POLICE", "BZ");
  policeCayo = await makeViewer(db, "POLICE", "BZ", { regionId: cayo });
  policeGt = await makeViewer(db, "POLICE", "GT");
  ngoBz = await makeViewer(db, "NGO", "BZ");
  trainerBz = await makeViewer(db, "TRAINER", "BZ");
  const at = async (key: string, days: number, o: Parameters<typeof familyCase>[2] = {}, regionId = cayo) => {
    const c = await familyCase(db, days, { now, ...o });
    await db.case.update({ where: { id: c.id }, data: { regionId } });
    n[key] = c.caseNumber;
    return c;
  };
  // Sent 40 days ago, never answered: its 30-day link expired -> overdue.
  await sent((await at("overdue", 45, { assignedUserId: policeCayo.id })).id, 1, 40);
  // Sent 5 days ago, not answered yet -> awaiting.
  await sent((await at("awaiting", 19)).id, 1, 5);
  // Filed 20 days ago, the family gave no way to message them: nobody sent it -> due.
  await at("unreachable", 20, { email: false, sms: false });
  // Answered "still missing" at 14 days, now 70 days in: check-in 2 is due.
  await sent((await at("second", 70)).id, 1, 56, "STILL_MISSING");
  // Answered, nothing due yet: not listed.
  await sent((await at("answered", 30)).id, 1, 16, "STILL_MISSING");
  // Came home: not listed (the officer has the inbox item).
  await sent((await at("home", 80)).id, 1, 66, "CAME_HOME");
  // Too young, closed, another region.
  await at("young", 5);
  await at("closed", 45, { status: "CLOSED" });
  await at("toledo", 20, { email: false }, toledo);
  // Another country's family.
  const gt = await fileCase(db, "GT");
  await db.case.update({
    where: { id: gt.id },
    data: { createdAt: new Date(now.getTime() - 20 * DAY), status: "VERIFIED" },
  });
  n.gt = gt.caseNumber;
});

describe("pending check-ins", () => {
  it("lists overdue, due and awaited families of the officer's country, overdue first", async () => {
    const all = await states(policeBz);
    expect(all).toEqual({
      [n.overdue!]: "OVERDUE:1",
      [n.unreachable!]: "DUE:1",
      [n.second!]: "DUE:2",
      [n.toledo!]: "DUE:1",
      [n.awaiting!]: "AWAITING:1",
    });
    const order = (await view(policeBz)).map((r) => r.caseNumber).filter((c) => Object.values(n).includes(c));
    expect(order[0]).toBe(n.overdue);
    expect(order.at(-1)).toBe(n.awaiting);
    const unreachable = (await view(policeBz)).find((r) => r.caseNumber === n.unreachable);
    expect(unreachable?.channels).toEqual([]);
  });

  it("narrows to the officer's region, to their own cases, and to one state", async () => {
    expect(Object.keys(await states(policeCayo))).not.toContain(n.toledo);
    expect(await states(policeCayo, { mine: "1" })).toEqual({ [n.overdue!]: "OVERDUE:1" });
    expect(Object.values(await states(policeBz, { state: "DUE" })).every((s) => s.startsWith("DUE"))).toBe(
      true,
    );
  });

  it("other countries, NGO staff of the country, trainers", async () => {
    expect(await states(policeGt)).toEqual({ [n.gt!]: "DUE:1" });
    expect(Object.keys(await states(ngoBz))).toContain(n.overdue);
    expect(await view(trainerBz)).toEqual([]);
  });
});
