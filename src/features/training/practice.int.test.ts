// Practice data must never leak into the real portal. Every real read that exists is run before
// and after a sandbox is filled (including practice twins built to pass every publication rule):
// the results must be identical, and no practice case may be found by any of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCaseForViewer, searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { getBulletinCase, listBulletin, searchBulletin } from "@/features/bulletin/data";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { statsToCsv } from "@/features/stats/csv";
import { getStatsForViewer } from "@/features/stats/data";
import { NotFoundError } from "@/server/errors";
import { caseReadScope } from "@/server/policy";
import { type Viewer, viewerSelect } from "@/server/viewer";
import { generateSyntheticCase } from "@/testing/case-factory";
import { createCase } from "@/testing/factories";
import { createRng } from "@/testing/random";
import { filePracticeClaim } from "./practice-claim-data";
import {
  createPracticeLogins,
  generatePracticeCases,
  getPracticeOverview,
  wipePracticeData,
} from "./practice-data";
import { createSession } from "./session-data";
import { PracticeCountInput } from "./schemas";
import { createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

const NOW = new Date("2026-11-20T12:00:00Z");
const TWIN = { givenNames: "Zacarías Evaristo", familyNames: "Quintanilla Oxlaj" };

let w: TrainingWorld;
let sessionId: string;
let trainee: Viewer;

/** A bulletin-eligible adult case; `practiceSessionId` makes it the practice twin. */
async function eligibleCase(seed: number, practiceSessionId: string | null) {
  const c = generateSyntheticCase(createRng(seed), { country: "BZ", now: NOW });
  c.name = { ...c.name, ...TWIN, otherNames: null };
  const created = await createCase(w.db, c, {
    practiceSessionId,
    prefix: practiceSessionId ? "PRACTICE-BZ" : "BZ",
    createdAt: new Date("2026-11-01T00:00:00Z"),
  });
  await w.db.case.update({
    where: { id: created.id },
    data: {
      status: "VERIFIED",
      dateOfBirth: new Date("1990-01-01T00:00:00Z"),
      approxAge: null,
      consentPublishName: true,
      consentPublishAge: true,
      consentPublishLastSeen: true,
      publicationApprovedAt: new Date("2026-11-02T00:00:00Z"),
    },
  });
  return created;
}

/** Everything a real user can get out of the portal about cases. */
async function realOutputs() {
  const search = (q: string) => searchCases(w.policeBz, SearchInput.parse({ q }));
  const t = ((k: string) => k) as Parameters<typeof statsToCsv>[1];
  const exact = await getStatsForViewer(w.policeBz, { country: "BZ" }, NOW);
  const pub = await getStatsForViewer(null, {}, NOW);
  return {
    byName: await search(`${TWIN.givenNames} ${TWIN.familyNames}`),
    all: await search(""),
    exact,
    pub,
    exactCsv: statsToCsv(exact, t),
    pubCsv: statsToCsv(pub, t),
    bulletin: await listBulletin({ page: 1 }, NOW),
    bulletinSearch: await searchBulletin(
      { name: TWIN.familyNames } as Parameters<typeof searchBulletin>[0],
      NOW,
    ),
  };
}

beforeAll(async () => {
  w = await createTrainingWorld();
  sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  for (let i = 0; i < 6; i++) await eligibleCase(100 + i, null);
  const [login] = await createPracticeLogins(w.trainerBz, sessionId, 1);
  trainee = await w.db.user.findUniqueOrThrow({
    where: { email: login!.email },
    select: viewerSelect,
  });
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("practice sandbox", () => {
  it("is invisible to real search, case reads, statistics (and their CSV) and the bulletin", async () => {
    const before = await realOutputs();
    expect(before.byName.rows.length).toBe(6);
    expect(before.bulletin.total).toBe(6);

    const generated = await generatePracticeCases(w.trainerBz, sessionId, 8);
    expect(generated.created).toHaveLength(8);
    for (const n of generated.created) expect(n).toMatch(/^PRACTICE-BZ-\d{4}-\d{6}$/);
    const generatedRow = await w.db.auditEvent.findFirstOrThrow({
      where: { action: "training.sandbox.generate", targetId: sessionId },
    });
    expect(generatedRow).toMatchObject({ actorUserId: w.trainerBz.id, countryCode: "BZ" });
    expect(generatedRow.after).toEqual({ practiceCases: generated.created });
    const twins = [await eligibleCase(100, sessionId), await eligibleCase(101, sessionId)];
    const filed = await filePracticeClaim(trainee, {
      ...goodClaim(),
      person: { ...goodClaim().person, ...TWIN, nationality: "BZ" },
      lastSeen: { ...goodClaim().lastSeen, country: "BZ", region: "BZ-CY", city: "San Ignacio" },
    });
    expect(filed.caseNumber).toMatch(/^PRACTICE-BZ-\d{4}-\d{6}$/);
    const practiceNumbers = [...generated.created, ...twins.map((t) => t.caseNumber), filed.caseNumber];
    expect(await w.db.case.count({ where: { practiceSessionId: sessionId } })).toBe(11);

    const after = await realOutputs();
    expect(after).toEqual(before);
    const dump = JSON.stringify(after);
    for (const n of practiceNumbers) expect(dump).not.toContain(n);
    for (const n of practiceNumbers) {
      expect((await searchCases(w.policeBz, SearchInput.parse({ q: n }))).rows).toEqual([]);
      await expect(getCaseForViewer(w.policeBz, n, "VIEW")).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const twin of twins) expect(await getBulletinCase(twin.publicId, NOW)).toBeNull();
    // Nothing read, nothing logged.
    expect(await w.db.caseAccessLog.count({ where: { case: { practiceSessionId: sessionId } } })).toBe(0);
  });

  it("is all a practice login sees: their search finds sandbox cases only, statistics stay public", async () => {
    expect(caseReadScope(trainee)).toEqual({ practiceSessionId: sessionId });
    // Real police read real claims only (and, since decision 154, not other countries' claims
    // kept to their own country).
    expect(caseReadScope(w.policeBz)).toMatchObject({ practiceSessionId: null });
    const found = await searchCases(
      trainee,
      SearchInput.parse({ q: `${TWIN.givenNames} ${TWIN.familyNames}` }),
    );
    expect(found.rows.length).toBe(3);
    for (const r of found.rows) expect(r.caseNumber).toMatch(/^PRACTICE-BZ-/);
    const real = (await searchCases(w.policeBz, SearchInput.parse({ q: TWIN.familyNames }))).rows[0]!;
    await expect(getCaseForViewer(trainee, real.caseNumber, "VIEW")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getStatsForViewer(trainee, { country: "BZ" }, NOW)).mode).toBe("public");
    // Real staff cannot file into a sandbox.
    await expect(filePracticeClaim(w.policeBz, goodClaim())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is managed only by trainers of the session's country, and a wipe removes it entirely", async () => {
    await expect(generatePracticeCases(w.trainerBo, sessionId, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPracticeLogins(w.trainerBo, sessionId, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(wipePracticeData(w.trainerBo, sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPracticeOverview(w.trainerBo, sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(wipePracticeData(w.adminBz, sessionId)).rejects.toBeInstanceOf(NotFoundError);
    // The count is checked where the action parses it.
    expect(PracticeCountInput.safeParse({ sessionId, count: "41" }).error?.issues[0]?.message).toBe(
      "training:validation.invalidCount",
    );
    expect(await w.db.case.count({ where: { practiceSessionId: sessionId } })).toBe(11);
    expect((await getPracticeOverview(w.adminBz, sessionId)).practiceCases).toHaveLength(11);

    const realBefore = await w.db.case.count({ where: { practiceSessionId: null } });
    expect(await wipePracticeData(w.trainerBz, sessionId)).toEqual({ cases: 11, logins: 1 });
    const wipes = await w.db.auditEvent.findMany({
      where: { action: "training.sandbox.wipe", targetId: sessionId },
    });
    // The refused wipes above left no row; the trainer's wipe left one, with what it removed.
    expect(wipes).toHaveLength(1);
    expect(wipes[0]).toMatchObject({ actorUserId: w.trainerBz.id, countryCode: "BZ" });
    expect(wipes[0]!.before).toEqual({ practiceCases: 11, practiceLogins: 1 });
    expect(await w.db.case.count({ where: { practiceSessionId: sessionId } })).toBe(0);
    expect(await w.db.user.count({ where: { practiceSessionId: sessionId } })).toBe(0);
    expect(await w.db.case.count({ where: { practiceSessionId: null } })).toBe(realBefore);
    expect(await w.db.caseEvent.count({ where: { case: { practiceSessionId: { not: null } } } })).toBe(0);
  });
});
