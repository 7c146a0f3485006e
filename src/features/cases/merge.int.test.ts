// Merging two claims of the same person and undoing it (decision 091): the round trip gives
// back every row exactly, both directions are logged, and only police of either owning country
// may do it. The merged number leads to the primary for staff and for the family's track page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getClaimStatus } from "@/features/intake/claim-status";
import { decideMatch, getProposalForViewer, listProposals } from "@/features/matching/data";
import { hashTrackingCode } from "@/features/intake/tracking-code";
import type { Viewer } from "@/server/viewer";
import type { TestDb } from "@/testing/test-db";
import { findMergedPrimary, getCaseForViewer, mergeClaims, unmergeClaim } from "./data";
import { fileCase } from "./test-fixtures";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let policeBz: Viewer, policeBo: Viewer, policeGt: Viewer, ngoBo: Viewer;
let bz: { id: string; caseNumber: string };
let bo: { id: string; caseNumber: string };

// Every table a merge could touch; the two logs only grow (their old rows must stay as they were).
const TABLES = ["Case", "CasePhoto", "Tip", "MatchProposal", "InboxItem", "FoundPerson", "OutboundMessage"];
const LOGS = ["CaseEvent", "CaseAccessLog"];

async function dump(tables: string[]) {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await testDb.db.$queryRawUnsafe(`SELECT * FROM "${t}" ORDER BY id`);
  return out;
}

beforeAll(async () => {
  testDb = await openAppTestDb();
  const db = testDb.db;
  policeBz = await makeViewer(db, "POLICE", "BZ");
  policeBo = await makeViewer(db, "POLICE", "BO");
  policeGt = await makeViewer(db, "POLICE", "GT");
  ngoBo = await makeViewer(db, "NGO", "BO");
});
beforeEach(async () => {
  const db = testDb.db;
  bz = await fileCase(db, "BZ", { status: "REPORTED" });
  bo = await fileCase(db, "BO", { status: "ACTIVE" });
  // Rows the merged claim owns: a photo, a tip, and a proposal with the primary.
  await db.casePhoto.create({
    data: {
      caseId: bz.id,
      position: 0,
      storageKey: "k",
      thumbKey: "t",
      mimeType: "image/jpeg",
      width: 1,
      height: 1,
      bytes: 1,
    },
  });
  await db.tip.create({ data: { caseId: bz.id, body: "Seen at the market", locale: "en" } });
  const [a, b] = [bz, bo].sort((x, y) => (x.id < y.id ? -1 : 1));
  await db.matchProposal.create({
    data: {
      kind: "DUPLICATE",
      caseId: a!.id,
      otherCaseId: b!.id,
      caseCountryCode: a === bz ? "BZ" : "BO",
      otherCountryCode: a === bz ? "BO" : "BZ",
      score: 0.7,
      criteria: [],
      caseVersion: "v1",
      otherVersion: "v2",
    },
  });
});
afterAll(() => closeAppTestDb(testDb));

describe("merge and unmerge", () => {
  it("round trip restores every row exactly; each direction is logged on both claims", async () => {
    const before = await dump(TABLES);
    const logsBefore = await dump(LOGS);
    await mergeClaims(policeBz, { caseNumber: bz.caseNumber, duplicateOf: bo.caseNumber });
    const merged = await testDb.db.case.findUniqueOrThrow({ where: { id: bz.id } });
    expect(merged.duplicateOfId).toBe(bo.id);

    // The primary shows the merged claim's reporter, photo, events and tip.
    const seen = await getCaseForViewer(policeBo, bo.caseNumber, "VIEW");
    if (seen.access !== "full") throw new Error(seen.access);
    expect(seen.duplicates).toEqual([
      expect.objectContaining({
        caseNumber: bz.caseNumber,
        photos: [expect.any(Object)],
        reporter: expect.any(Object),
      }),
    ]);
    expect(seen.timeline.some((e) => e.kind === "tip" && e.fromCase === bz.caseNumber)).toBe(true);
    expect(
      seen.timeline.some((e) => e.kind === "event" && e.type === "CREATED" && e.fromCase === bz.caseNumber),
    ).toBe(true);

    // Police of the primary's country may undo it too.
    await unmergeClaim(policeBo, { caseNumber: bz.caseNumber });
    expect(await dump(TABLES)).toEqual(before);
    const logsAfter = await dump(LOGS);
    for (const t of LOGS) {
      const old = new Set((logsBefore[t] as { id: string }[]).map((r) => r.id));
      expect(logsAfter[t]!.filter((r) => old.has((r as { id: string }).id))).toEqual(logsBefore[t]);
    }
    const added = (t: string) =>
      (logsAfter[t] as Record<string, unknown>[]).filter(
        (r) => !(logsBefore[t] as { id: string }[]).some((o) => o.id === r.id),
      );
    expect(
      added("CaseEvent")
        .map((e) => [e.caseId, e.type])
        .sort(),
    ).toEqual(
      [
        [bz.id, "DUPLICATE_MARKED"],
        [bo.id, "DUPLICATE_MARKED"],
        [bz.id, "DUPLICATE_UNMARKED"],
        [bo.id, "DUPLICATE_UNMARKED"],
      ].sort(),
    );
    // The read by getCaseForViewer above, plus MERGE and UNMERGE on each claim.
    expect(
      added("CaseAccessLog")
        .map((e) => [e.caseId, e.action])
        .sort(),
    ).toEqual(
      [
        [bz.id, "MERGE"],
        [bo.id, "MERGE"],
        [bo.id, "VIEW"],
        [bz.id, "UNMERGE"],
        [bo.id, "UNMERGE"],
      ].sort(),
    );
  });

  it("leads the merged number to the primary, for staff and for the family's track page", async () => {
    const code = "ABCD-EFGH-JKLM";
    await testDb.db.case.update({ where: { id: bz.id }, data: { trackingCodeHash: hashTrackingCode(code) } });
    await testDb.db.case.update({ where: { id: bo.id }, data: { status: "LOCATED_ALIVE" } });
    expect(await findMergedPrimary(policeBz, bz.caseNumber)).toBeNull();
    const own = await getClaimStatus(bz.caseNumber, code);
    expect(own).toMatchObject({ status: "REPORTED", merged: false });

    await mergeClaims(policeBo, { caseNumber: bz.caseNumber, duplicateOf: bo.caseNumber });
    expect(await findMergedPrimary(policeBz, bz.caseNumber)).toBe(bo.caseNumber);
    expect(await findMergedPrimary(ngoBo, bz.caseNumber)).toBeNull(); // cannot read the BZ claim
    // The family keeps their own number and code, and sees the primary's progress.
    expect(await getClaimStatus(bz.caseNumber, code)).toMatchObject({
      caseNumber: bz.caseNumber,
      status: "LOCATED_ALIVE",
      merged: true,
      filedAt: own.filedAt,
    });
    await expect(getClaimStatus(bz.caseNumber, "WRONG-CODE-0000")).rejects.toThrow(/notFound/);
  });

  it("refuses a third country, NGOs, self, chains and unknown numbers, writing nothing", async () => {
    const counts = async () => [await testDb.db.caseEvent.count(), await testDb.db.caseAccessLog.count()];
    const before = await counts();
    const pair = { caseNumber: bz.caseNumber, duplicateOf: bo.caseNumber };
    await expect(mergeClaims(policeGt, pair)).rejects.toThrow(/notFound/);
    await expect(mergeClaims(ngoBo, pair)).rejects.toThrow(/notFound/);
    await expect(mergeClaims(policeBz, { ...pair, duplicateOf: bz.caseNumber })).rejects.toThrow(
      /duplicateOfSelf/,
    );
    await expect(mergeClaims(policeBz, { ...pair, duplicateOf: "BO-2026-999999" })).rejects.toThrow(
      /duplicateTargetNotFound/,
    );
    await expect(unmergeClaim(policeBz, { caseNumber: bz.caseNumber })).rejects.toThrow(/notDuplicate/);
    expect(await counts()).toEqual(before);

    await mergeClaims(policeBz, pair);
    const third = await fileCase(testDb.db, "BZ", { status: "REPORTED" });
    const after = await counts();
    // One level deep: not into a merged claim, and a primary with merged claims is not merged away.
    await expect(
      mergeClaims(policeBz, { caseNumber: third.caseNumber, duplicateOf: bz.caseNumber }),
    ).rejects.toThrow(/targetIsDuplicate/);
    await expect(
      mergeClaims(policeBo, { caseNumber: bo.caseNumber, duplicateOf: third.caseNumber }),
    ).rejects.toThrow(/hasMergedClaims/);
    await expect(mergeClaims(policeBz, pair)).rejects.toThrow(/alreadyDuplicate/);
    await expect(unmergeClaim(policeGt, { caseNumber: bz.caseNumber })).rejects.toThrow(/notFound/);
    expect(await counts()).toEqual(after);
    await unmergeClaim(policeBz, { caseNumber: bz.caseNumber });
  });

  it("a suggested duplicate can be dismissed without linking; a merged pair leaves the open queue", async () => {
    const queue = async () =>
      (await listProposals(policeBo, { status: "PROPOSED", page: 1 })).rows.map((r) => r.id);
    const p = await testDb.db.matchProposal.findFirstOrThrow({
      where: { kind: "DUPLICATE", OR: [{ caseId: bz.id }, { otherCaseId: bz.id }] },
    });
    expect(await queue()).toContain(p.id);
    expect((await getProposalForViewer(policeBo, p.id)).may).toMatchObject({ merge: true, reject: true });
    // A pair between Belize and Bolivia is not for police of a third country at all.
    await expect(getProposalForViewer(policeGt, p.id)).rejects.toThrow(/notFound/);

    await mergeClaims(policeBo, { caseNumber: bz.caseNumber, duplicateOf: bo.caseNumber });
    expect(await queue()).not.toContain(p.id);
    expect((await getProposalForViewer(policeBo, p.id)).may.merge).toBe(false);
    await unmergeClaim(policeBo, { caseNumber: bz.caseNumber });
    expect(await queue()).toContain(p.id);

    await decideMatch(policeBz, { id: p.id, decision: "reject", note: "Two different girls" });
    expect(await testDb.db.matchProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "REJECTED",
      decidedById: policeBz.id,
    });
    const claims = await testDb.db.case.findMany({ where: { id: { in: [bz.id, bo.id] } } });
    expect(claims.map((c) => c.duplicateOfId)).toEqual([null, null]);
    expect(await queue()).not.toContain(p.id);
  });
});
