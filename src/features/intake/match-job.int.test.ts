// The claim's matching run is a "match-record" job written by the claim's own statement
// (decision 161): it exists exactly when the claim does, once per claim, and runs in a worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleMatching } from "@/features/matching/schedule";
import "@/features/matching/jobs";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition, type JobPayloads } from "@/server/jobs/registry";
import { withTestDb } from "@/testing/with-test-db";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import type { ClaimInput } from "./schemas";

const env = withTestDb();
let engine: JobEngine;

beforeAll(async () => {
  engine = new JobEngine({ prisma: env.db, url: env.testDb.url });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("match-record")!]);
});

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
});

type Job = { id: string; data: JobPayloads["match-record"]; state: string };

const jobs = () =>
  env.db.$queryRaw<Job[]>`SELECT id::text, data, state::text FROM pgboss.job WHERE name = 'match-record'`;

const duplicates = () => env.db.matchProposal.count({ where: { kind: "DUPLICATE" } });

function person(givenNames: string): ClaimInput {
  const c = goodClaim();
  return { ...c, person: { ...c.person, givenNames, familyNames: "Choque Mamani", otherNames: undefined } };
}

describe("the claim's match-record job", () => {
  it("is queued once by the filing statement and finds the duplicate when a worker runs it", async () => {
    const first = await fileClaim(person("Wendy Paola"));
    const firstId = (await env.db.case.findUniqueOrThrow({ where: { caseNumber: first.caseNumber } })).id;
    const second = await fileClaim(person("Wendi Paola"));
    const secondId = (await env.db.case.findUniqueOrThrow({ where: { caseNumber: second.caseNumber } })).id;
    await settleMatching();
    // Nothing ran in this process: the two runs wait on the queue, one per claim.
    expect(await duplicates()).toBe(0);
    const queued = await jobs();
    expect(queued.map((j) => j.data).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [firstId, secondId].sort().map((id) => ({ kind: "claim", id })),
    );
    expect(queued.every((j) => j.state === "created")).toBe(true);

    // A worker takes the jobs (here one after the other, as a queue would hand them out).
    const run = jobDefinition("match-record")!.handler;
    const taken = await engine.boss.fetch<JobPayloads["match-record"]>("match-record", { batchSize: 10 });
    expect(taken).toHaveLength(2);
    for (const j of taken) {
      await run(j.data, { id: j.id, name: j.name, retryCount: 0 });
      await engine.boss.complete("match-record", j.id);
    }
    expect(await duplicates()).toBe(1);
  });

  it("is not queued again by a retry of the submission, nor by two copies racing", async () => {
    const claim = person("Ximena");
    const before = (await jobs()).length;
    await fileClaim(claim);
    await fileClaim(claim);
    const racing = person("Zulema");
    const results = await Promise.all([fileClaim(racing), fileClaim(racing), fileClaim(racing)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    // Ximena once, Zulema once.
    expect((await jobs()).length).toBe(before + 2);
  });

  it("is not queued for a practice claim", async () => {
    const user = await env.db.user.create({
      data: { email: "trainer@x.test", name: "T", passwordHash: "x", role: "TRAINER", countryCode: "BO" },
    });
    const session = await env.db.trainingSession.create({
      data: {
        title: "Taller",
        kind: "CASCADE_WORKSHOP",
        startDate: new Date(),
        countryCode: "BO",
        venue: "El Alto",
        createdById: user.id,
      },
    });
    const before = (await jobs()).length;
    await fileClaim(person("Práctica"), { practiceSessionId: session.id });
    expect((await jobs()).length).toBe(before);
  });
});
