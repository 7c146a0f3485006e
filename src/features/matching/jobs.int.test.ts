// The matching jobs as a worker runs them: "match-record" (the retry of a failed after-commit
// run) and "match-rematch" (the full re-match in batches, each queueing the next with its
// cursor). A re-match stopped between batches, or killed in the middle of one, resumes from the
// queued cursor and ends with the same proposals as an uninterrupted run, none twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase, type CaseOverrides } from "@/features/cases/test-fixtures";
import { normalizeName } from "@/lib/names/normalize";
import { recordFoundPerson } from "@/features/found/data";
import { FoundInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition, type JobPayloads } from "@/server/jobs/registry";
import type { TestDb } from "@/testing/test-db";
import { rematchFound } from "./engine/rematch";
import { settleMatching } from "./schedule";
import "./jobs";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let engine: JobEngine;
const ctx = { id: "test", name: "test", retryCount: 0 };

const NAYELI: CaseOverrides = {
  givenNames: "Nayeli",
  familyNames: "Quispe Mamani",
  otherNames: null,
  sex: "FEMALE",
  dateOfBirth: "2011-05-14",
  approxAge: null,
  heightCm: 154,
  distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
  languages: ["es", "ay"],
  regionCode: "BO-L",
  city: "El Alto",
  lastSeenAt: new Date("2026-09-01T18:00:00Z"),
  status: "ACTIVE",
  circumstances: "Salió a una entrevista por una oferta de trabajo en Guatemala.",
};

/** The queued "match-rematch" jobs' payloads (taken off the queue, as a worker would). */
async function takeQueued(): Promise<JobPayloads["match-rematch"][]> {
  const jobs = await engine.boss.fetch<JobPayloads["match-rematch"]>("match-rematch", { batchSize: 10 });
  for (const j of jobs) await engine.boss.complete("match-rematch", j.id);
  return jobs.map((j) => j.data);
}

const proposals = () =>
  testDb.db.matchProposal.findMany({
    select: { kind: true, caseId: true, foundPersonId: true, otherCaseId: true },
    orderBy: [{ caseId: "asc" }, { foundPersonId: "asc" }, { otherCaseId: "asc" }],
  });

/** The found records that have at least one proposal, sorted. */
const foundIds = (rows: { foundPersonId: string | null }[]) =>
  [...new Set(rows.flatMap((r) => (r.foundPersonId ? [r.foundPersonId] : [])))].sort();

let planted: string[] = [];
let claimId: string;

beforeAll(async () => {
  testDb = await openAppTestDb();
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  await engine.ensureQueues([jobDefinition("match-rematch")!, jobDefinition("match-record")!]);
  setJobEngine(engine);
  const gt = await makeViewer(testDb.db, "MIGRATION", "GT");
  // 60 found records (two batches of 50) before any claim: filing them matches nothing yet.
  for (let i = 0; i < 60; i++) {
    const values = nayeRecord({ namesGiven: `Zorro ${i}`, sex: "MALE", marks: [] });
    await recordFoundPerson(gt, FoundInput.parse(values));
  }
  await settleMatching();
  // Four of them, chosen by id order so that both batches hold some, become the girl.
  const byId = await testDb.db.foundPerson.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  planted = [5, 49, 50, 58].map((i) => byId[i]!.id);
  for (const id of planted)
    await testDb.db.foundPerson.update({
      where: { id },
      data: {
        namesGiven: "Naye",
        searchName: normalizeName("Naye"),
        sex: "FEMALE",
        marks: {
          create: [{ position: 0, type: "TATTOO", bodyLocation: "LEFT_FOREARM", description: "rosa" }],
        },
      },
    });
  // The claim, and a second claim of the same person (a duplicate), filed without matching.
  claimId = (await fileCase(testDb.db, "BO", NAYELI)).id;
  await fileCase(testDb.db, "PE", { ...NAYELI, regionCode: "PE-PUN", city: "Juliaca" });
  expect(await proposals()).toEqual([]);
}, 120_000);

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

describe("match-rematch", () => {
  it("resumes from the queued cursor after a stop between batches and a crash inside one", async () => {
    const run = jobDefinition("match-rematch")!.handler;
    await run({ kind: "found", after: null }, ctx);
    // The first batch queued the second with its cursor: the 50th found record by id.
    const ids = (await testDb.db.foundPerson.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (f) => f.id,
    );
    const next = await takeQueued();
    expect(next).toEqual([{ kind: "found", after: ids[49] }]);
    // Stopped here: only the girl's records of the first batch have been proposed.
    const firstBatch = planted.filter((id) => id <= ids[49]!);
    expect(foundIds(await proposals())).toEqual(firstBatch.sort());

    // A worker dies part-way through the second batch (three records done, proposals written);
    // the job is then retried with the same payload and finishes the batch.
    await rematchFound(testDb.db, { after: ids[49], limit: 3 });
    await run(next[0]!, ctx);
    expect(await takeQueued()).toEqual([{ kind: "claim", after: null }]);
    await run({ kind: "claim", after: null }, ctx);
    expect(await takeQueued()).toEqual([]); // the claims fit one batch: the run is over

    const after = await proposals();
    // Each of the girl's records with both claims, and the two claims as duplicates.
    expect(foundIds(after)).toEqual([...planted].sort());
    expect(after.filter((p) => p.kind === "FOUND")).toHaveLength(planted.length * 2);
    expect(after.filter((p) => p.caseId === claimId || p.otherCaseId === claimId)).toHaveLength(
      planted.length + 1,
    );
    expect(after.filter((p) => p.kind === "DUPLICATE")).toHaveLength(1);

    // The same as an uninterrupted run: clear and run every batch again, straight through.
    await testDb.db.matchProposal.deleteMany();
    await run({ kind: "found", after: null }, ctx);
    for (let q = await takeQueued(); q.length; q = await takeQueued()) await run(q[0]!, ctx);
    expect(await proposals()).toEqual(after);
  });
});

describe("match-record", () => {
  it("a queued job matches its record through a worker; running it again writes nothing new", async () => {
    await testDb.db.matchProposal.deleteMany({ where: { foundPersonId: planted[0] } });
    await engine.startWorkers([jobDefinition("match-record")!]);
    await engine.boss.send("match-record", { kind: "found", id: planted[0] });
    const end = Date.now() + 20_000;
    while ((await testDb.db.matchProposal.count({ where: { foundPersonId: planted[0] } })) < 2) {
      if (Date.now() > end) throw new Error("the match-record job did not run");
      await new Promise((r) => setTimeout(r, 100));
    }
    const once = await proposals();
    await jobDefinition("match-record")!.handler({ kind: "found", id: planted[0]! }, ctx);
    await jobDefinition("match-record")!.handler({ kind: "claim", id: claimId }, ctx);
    expect(await proposals()).toEqual(once);
  });
});
