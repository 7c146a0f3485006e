import { beforeAll, describe, expect, it } from "vitest";
import { caseSearchAccess } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { queueSql, searchCases } from "./data/search";
import { buildCaseSearchSql } from "./data/search-query";
import { CaseListInput } from "./schemas";
import { fileCase, makePracticeSession } from "./test-fixtures";

// The staff work queues of the case list (decision 148): "my cases" and "new claims", newest
// first, paginated, inside the viewer's search scope, and served by their indexes.

const env = withTestDb();
let cayo: string;
let toledo: string;
let policeCayo: Viewer;
let policeBz: Viewer;
let policeGt: Viewer;
let ngoBz: Viewer;
let practice: Viewer;
const n: Record<string, string> = {};
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

const queue = async (viewer: Viewer, q: "mine" | "new", extra: Record<string, unknown> = {}) =>
  searchCases(viewer, CaseListInput.parse({ queue: q, ...extra }));
const numbers = async (viewer: Viewer, q: "mine" | "new", extra: Record<string, unknown> = {}) =>
  (await queue(viewer, q, extra)).rows.map((r) => r.caseNumber);

async function make(
  key: string,
  country: "BZ" | "GT",
  o: {
    status?: "REPORTED" | "VERIFIED" | "ACTIVE";
    regionId?: string | null;
    ago: number;
    assignedUserId?: string;
  },
  practiceSessionId?: string,
) {
  const c = await fileCase(env.db, country, { status: o.status ?? "REPORTED" }, { practiceSessionId });
  await env.db.case.update({
    where: { id: c.id },
    data: {
      createdAt: minutesAgo(o.ago),
      ...(o.regionId !== undefined ? { regionId: o.regionId } : {}),
      ...(o.assignedUserId ? { assignedUserId: o.assignedUserId } : {}),
    },
  });
  n[key] = c.caseNumber;
  return c;
}

beforeAll(async () => {
  const db = env.db;
  cayo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-CY" } })).id;
  toledo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-TOL" } })).id;
  policeCayo = await makeViewer(db, "POLICE", "BZ", { regionId: cayo });
  policeBz = await makeViewer(db, "POLICE", "BZ");
  policeGt = await makeViewer(db, "POLICE", "GT");
  ngoBz = await makeViewer(db, "NGO", "BZ");
  const trainer = await makeViewer(db, "TRAINER", "BZ");
  const session = await makePracticeSession(db, "BZ", trainer.id);
  practice = await makeViewer(db, "POLICE", "BZ", { practiceSessionId: session.id });

  await make("cayoOld", "BZ", { regionId: cayo, ago: 300 });
  await make("cayoNew", "BZ", { regionId: cayo, ago: 10 });
  await make("noRegion", "BZ", { regionId: null, ago: 100 });
  await make("toledo", "BZ", { regionId: toledo, ago: 50 });
  await make("verified", "BZ", { status: "VERIFIED", regionId: cayo, ago: 5 });
  const primary = await make("primary", "BZ", { status: "VERIFIED", regionId: cayo, ago: 400 });
  const merged = await make("merged", "BZ", { regionId: cayo, ago: 20 });
  await db.case.update({ where: { id: merged.id }, data: { duplicateOfId: primary.id } });
  await make("gt", "GT", { ago: 1 });
  await make("practice", "BZ", { regionId: cayo, ago: 2 }, session.id);
  await make("practiceOld", "BZ", { regionId: cayo, ago: 200 }, session.id);
  // Assigned cases: two of the Cayo officer's (one verified), and a Guatemalan case "assigned"
  // to Belize's NGO caseworker, which the NGO may not read at all.
  await make("mineA", "BZ", { status: "ACTIVE", regionId: cayo, ago: 30, assignedUserId: policeCayo.id });
  await make("mineB", "BZ", { status: "VERIFIED", regionId: toledo, ago: 3, assignedUserId: policeCayo.id });
  await make("ngoForeign", "GT", { status: "ACTIVE", ago: 4, assignedUserId: ngoBz.id });
  await make("ngoOwn", "BZ", { status: "ACTIVE", ago: 6, assignedUserId: ngoBz.id });
});

describe("work queues", () => {
  it("new claims: REPORTED and not merged, own country, own region plus claims without one, newest first", async () => {
    expect(await numbers(policeCayo, "new")).toEqual([n.cayoNew, n.noRegion, n.cayoOld]);
    expect(await numbers(policeBz, "new")).toEqual([n.cayoNew, n.toledo, n.noRegion, n.cayoOld]);
    // Guatemala reads Belize's cases, but Belize's new claims are not Guatemala's queue.
    expect(await numbers(policeGt, "new")).toEqual([n.gt]);
    expect(await numbers(practice, "new")).toEqual([n.practice, n.practiceOld]);
  });

  it("my cases: assigned to the viewer, newest first, and only within what the viewer may read", async () => {
    expect(await numbers(policeCayo, "mine")).toEqual([n.mineB, n.mineA]);
    expect(await numbers(policeBz, "mine")).toEqual([]);
    expect(await numbers(ngoBz, "mine")).toEqual([n.ngoOwn]);
    expect(await numbers(practice, "mine")).toEqual([]);
  });

  it("a queue keeps the search's filters and name matching", async () => {
    expect(await numbers(policeCayo, "mine", { status: "ACTIVE" })).toEqual([n.mineA]);
    const c = await env.db.case.findUniqueOrThrow({ where: { caseNumber: n.cayoOld } });
    expect(await numbers(policeCayo, "new", { q: `${c.givenNames} ${c.familyNames}` })).toContain(n.cayoOld);
    expect(await numbers(policeCayo, "new", { q: n.toledo })).toEqual([]);
  });

  it("pages by offset and by keyset without gaps or repeats", async () => {
    const officer = await makeViewer(env.db, "POLICE", "GT");
    const made: string[] = [];
    for (let i = 0; i < 25; i++)
      made.push(
        (await make(`page${i}`, "GT", { status: "ACTIVE", ago: 1000 + i, assignedUserId: officer.id }))
          .caseNumber,
      );
    const first = await queue(officer, "mine");
    const second = await queue(officer, "mine", { page: 2 });
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...first.rows, ...second.rows].map((r) => r.caseNumber)).toEqual(made);
    const keyset = await searchCases(officer, CaseListInput.parse({ queue: "mine" }), first.next!);
    expect(keyset.rows.map((r) => r.caseNumber)).toEqual(made.slice(20));
  });
});

describe("the queues' query plans", () => {
  it("use the queue indexes on a large table", { timeout: 120_000 }, async () => {
    const db = env.db;
    const seed = await db.case.findUniqueOrThrow({ where: { caseNumber: n.cayoOld }, select: { id: true } });
    // 20,000 more cases across countries and statuses, 1 in 10 REPORTED, a few assigned: copies
    // of one case, column by column, with these columns changed.
    const changed: Record<string, string> = {
      id: "gen_random_uuid()",
      caseNumber: "'QQ-2025-' || lpad(i::text, 6, '0')",
      publicId: "md5(i::text)",
      submissionId: "NULL",
      pfifRecordId: "NULL",
      countryCode: "(ARRAY['BO','PE','GT','BZ','CR','CL','EC','NI'])[1 + i % 8]",
      regionId: "NULL",
      status: `(CASE WHEN i % 10 = 0 THEN 'REPORTED' ELSE 'ACTIVE' END)::"CaseStatus"`,
      assignedUserId: "CASE WHEN i % 200 = 0 THEN $2::uuid ELSE NULL END",
      createdAt: "now() - make_interval(mins => i)",
    };
    const columns = (
      await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Case' AND table_schema = current_schema()`,
      )
    ).map((c) => c.name);
    const list = columns.map((c) => `"${c}"`).join(", ");
    const values = columns.map((c) => changed[c] ?? `c."${c}"`).join(", ");
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
        await tx.$executeRawUnsafe(
          `INSERT INTO "Case" (${list}) SELECT ${values}
           FROM "Case" c, generate_series(1, 20000) i WHERE c.id = $1::uuid`,
          seed.id,
          policeBz.id,
        );
      },
      { timeout: 120_000 },
    );
    await db.$executeRawUnsafe(`ANALYZE "Case"`);
    const plan = async (viewer: Viewer, q: "mine" | "new") => {
      const input = CaseListInput.parse({ queue: q, sort: "newest" });
      const sql = buildCaseSearchSql(
        caseSearchAccess(viewer),
        input,
        "all",
        undefined,
        21,
        undefined,
        queueSql(viewer, q),
        viewer,
      );
      const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(
        `EXPLAIN (FORMAT JSON, ANALYZE) ${sql.text}`,
        ...sql.values,
      );
      return JSON.stringify(rows[0]!["QUERY PLAN"]);
    };
    const newPlan = await plan(policeBz, "new");
    expect(newPlan).toContain("Case_countryCode_status_createdAt_idx");
    expect(newPlan).not.toMatch(/"Node Type":"Sort"[^}]*"Relation Name":"Case"/);
    expect(await plan(policeBz, "mine")).toContain("Case_assignedUserId_createdAt_idx");
  });
});
