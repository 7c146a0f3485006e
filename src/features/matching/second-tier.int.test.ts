// The second tier (decision 169): a found record's best claims that do not stand out are kept
// as CANDIDATE pairs, out of the queue, listed on the two records' pages under the proposals'
// scope, and a reviewer can propose one for review.
import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { recordFoundPerson } from "@/features/found/data";
import { FoundInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { AppError, NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { decideMatch, listProposals, listProposalsForCase, listSecondTier, settleMatching } from "./data";
import { matchRecord } from "./engine/match-record";
import { MatchListInput } from "./schemas";

const env = withTestDb({ uploads: true });
const v: Record<string, Viewer> = {};
const namesakes: { id: string; caseNumber: string }[] = [];
let foundGt: { id: string; foundNumber: string };
let foundBo: { id: string; foundNumber: string };

async function found(by: Viewer) {
  // No tattoo on the found side: the namesakes below are alike on everything it says.
  const { foundNumber } = await recordFoundPerson(by, FoundInput.parse(nayeRecord({ marks: [] })));
  await settleMatching();
  return env.db.foundPerson.findUniqueOrThrow({
    where: { foundNumber },
    select: { id: true, foundNumber: true },
  });
}

beforeAll(async () => {
  for (const [key, role, country] of [
    ["migrationGt", "MIGRATION", "GT"],
    ["migrationBo", "MIGRATION", "BO"],
    ["policeBo", "POLICE", "BO"],
    ["policeGt", "POLICE", "GT"],
    ["policePe", "POLICE", "PE"],
    ["ngoBo", "NGO", "BO"],
    ["ngoGt", "NGO", "GT"],
    ["trainer", "TRAINER", "BO"],
  ] as const)
    v[key] = await makeViewer(env.db, role, country);
  // Three Bolivian girls called Nayeli, alike in all the found records say: none stands out.
  for (const familyNames of ["Condori Apaza", "Choque Limachi", "Mamani Flores"])
    namesakes.push(
      await fileCase(env.db, "BO", {
        givenNames: "Nayeli",
        familyNames,
        otherNames: null,
        sex: "FEMALE",
        dateOfBirth: "2011-05-14",
        approxAge: null,
        heightCm: 154,
        distinguishingMarks: null,
        regionCode: "BO-L",
        lastSeenAt: new Date("2026-09-01T18:00:00Z"),
        status: "ACTIVE",
      }),
    );
  foundGt = await found(v.migrationGt!);
  foundBo = await found(v.migrationBo!);
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const tier = async (foundPersonId: string) =>
  env.db.matchProposal.findMany({
    where: { foundPersonId },
    select: { id: true, status: true, caseId: true },
  });

describe("the engine keeps a found record's best claims that do not stand out", () => {
  it("as the second tier: all three namesakes, none in the queue", async () => {
    for (const f of [foundGt, foundBo]) {
      const rows = await tier(f.id);
      expect(rows.map((r) => r.status)).toEqual(["CANDIDATE", "CANDIDATE", "CANDIDATE"]);
      expect(rows.map((r) => r.caseId).sort()).toEqual(namesakes.map((n) => n.id).sort());
    }
    const queued = ids((await listProposals(v.policeBo!, MatchListInput.parse({}))).rows);
    expect(queued).toEqual([]);
    // Nor in the case page's list of proposals (it has its own second-tier list).
    expect(await listProposalsForCase(v.policeBo!, namesakes[0]!.id)).toEqual([]);
  });
});

describe("who sees the second tier (the proposals' scope)", () => {
  it("a BO-GT pair: police of Bolivia and of Guatemala, on the found record's and the claim's page", async () => {
    const gtTier = ids(await tier(foundGt.id));
    for (const key of ["policeBo", "policeGt"]) {
      const rows = await listSecondTier(v[key]!, { foundPersonId: foundGt.id });
      expect(ids(rows)).toEqual(gtTier);
      expect(rows.map((r) => r.other).sort()).toEqual(namesakes.map((n) => n.caseNumber).sort());
      const onCase = await listSecondTier(v[key]!, { caseId: namesakes[0]!.id });
      expect(onCase.map((r) => r.other)).toContain(foundGt.foundNumber);
    }
  });

  it("a BO-BO pair: Bolivian police and ngo.bo; ngo.bo sees no BO-GT pair", async () => {
    expect(await listSecondTier(v.ngoBo!, { foundPersonId: foundBo.id })).toHaveLength(3);
    expect(await listSecondTier(v.policeBo!, { foundPersonId: foundBo.id })).toHaveLength(3);
    expect(await listSecondTier(v.ngoBo!, { foundPersonId: foundGt.id })).toEqual([]);
    expect((await listSecondTier(v.ngoBo!, { caseId: namesakes[0]!.id })).map((r) => r.other)).toEqual([
      foundBo.foundNumber,
    ]);
    expect(await listSecondTier(v.policeGt!, { foundPersonId: foundBo.id })).toEqual([]);
  });

  it("nobody else: a trainer, migration staff, police of Peru, ngo.gt", async () => {
    for (const key of ["trainer", "migrationGt", "policePe", "ngoGt"])
      for (const f of [foundGt, foundBo])
        expect(await listSecondTier(v[key]!, { foundPersonId: f.id })).toEqual([]);
  });
});

describe("proposing a second-tier pair for review", () => {
  it("only within the scope, only once, and the engine does not take it back out", async () => {
    const [pair] = await env.db.matchProposal.findMany({
      where: { foundPersonId: foundGt.id, caseId: namesakes[1]!.id },
    });
    const note = "The photo of the shelter looks like her";
    // ngo.bo does not see a BO-GT pair; a trainer sees none: both as if it did not exist.
    for (const key of ["ngoBo", "trainer"])
      await expect(decideMatch(v[key]!, { id: pair!.id, decision: "propose", note })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    // A second-tier pair cannot be confirmed or rejected before it is proposed.
    await expect(decideMatch(v.policeBo!, { id: pair!.id, decision: "confirm", note })).rejects.toMatchObject(
      {
        key: "matches:errors.stale",
      },
    );
    // Keeping a pair in the second tier tells nobody.
    expect(await env.db.inboxItem.count({ where: { refId: pair!.id } })).toBe(0);

    await decideMatch(v.policeGt!, { id: pair!.id, decision: "propose", note });
    const after = await env.db.matchProposal.findUniqueOrThrow({ where: { id: pair!.id } });
    expect(after).toMatchObject({ status: "PROPOSED", decidedById: v.policeGt!.id, decisionNote: note });
    expect(ids((await listProposals(v.policeBo!, MatchListInput.parse({}))).rows)).toEqual([pair!.id]);
    expect(ids(await listSecondTier(v.policeBo!, { foundPersonId: foundGt.id }))).not.toContain(pair!.id);
    expect(
      await env.db.caseEvent.count({ where: { caseId: namesakes[1]!.id, type: "MATCH_PROPOSED" } }),
    ).toBe(1);
    expect(
      await env.db.foundPersonEvent.count({ where: { foundPersonId: foundGt.id, type: "MATCH_PROPOSED" } }),
    ).toBe(1);
    // Police of both countries are told, as for a new proposal.
    const told = await env.db.inboxItem.findMany({
      where: { refId: pair!.id },
      select: { audienceCountryCode: true },
    });
    expect(told.map((x) => x.audienceCountryCode).sort()).toEqual(["BO", "GT"]);

    // Proposed once: again is stale.
    const again = decideMatch(v.policeBo!, { id: pair!.id, decision: "propose", note });
    await expect(again).rejects.toBeInstanceOf(AppError);
    // A re-match of the found record keeps the reviewer's proposal (it still does not stand out).
    await matchRecord(env.db, { kind: "found", id: foundGt.id });
    expect(await env.db.matchProposal.findUniqueOrThrow({ where: { id: pair!.id } })).toMatchObject({
      status: "PROPOSED",
    });
    const rest = (await tier(foundGt.id)).filter((r) => r.id !== pair!.id);
    expect(rest.map((r) => r.status)).toEqual(["CANDIDATE", "CANDIDATE"]);
  });
});
