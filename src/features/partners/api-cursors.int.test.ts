// Cursor pagination of the API's lists (case search, matches): a walk by nextCursor returns every
// row once, in the order of the numbered pages, and stays exact while new rows arrive; a cursor
// of another query or list, or a made-up one, is a 400 that names the cursor.
import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as searchCases } from "@/app/api/v1/cases/search/route";
import { GET as listMatches } from "@/app/api/v1/matches/route";
import { encodeCursor } from "@/lib/api/cursor";
import { makeCase } from "@/features/bulletin/test-helpers";
import { toViewer, viewerSelect } from "@/server/viewer";
import { createUser } from "@/testing/factories";
import { createApiToken } from "./token-data";

const env = withTestDb();
let search = "";
let matches = "";

async function tokenFor(scopes: ("cases:search" | "matches:read")[]) {
  const u = await createUser(env.db, {
    email: `admin-${crypto.randomUUID()}@demo.test`,
    role: "ADMIN",
    countryCode: "BO",
    passwordHash: "x",
  });
  const admin = toViewer(await env.db.user.findUniqueOrThrow({ where: { id: u.id }, select: viewerSelect }));
  const org = await env.db.organization.create({
    data: { name: `Policía ${crypto.randomUUID()}`, kind: "POLICE_UNIT", countryCode: "BO" },
  });
  const t = await createApiToken(admin, {
    name: `t-${crypto.randomUUID()}`,
    organizationId: org.id,
    scopes,
    countryCodes: ["BO"] as never,
    expiresInDays: 30,
    rateLimitPerMinute: 6000,
  });
  return t.token;
}

type SearchPage = { rows: { caseNumber: string }[]; page: number; nextCursor: string | null };

async function post(body: object, status = 200) {
  const res = await searchCases(
    new Request("http://localhost/api/v1/cases/search", {
      method: "POST",
      headers: { Authorization: `Bearer ${search}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  expect(res.status).toBe(status);
  return res.json();
}

async function walk(query: object, between?: (pageNo: number) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null | undefined;
  for (let n = 1; n < 20; n++) {
    const page: SearchPage = await post({ ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.rows.map((r) => r.caseNumber));
    cursor = page.nextCursor;
    if (!cursor) break;
    await between?.(n);
  }
  return seen;
}

async function numbered(query: object) {
  const seen: string[] = [];
  for (let page = 1; page < 20; page++) {
    const answer = await post({ ...query, page });
    seen.push(...answer.rows.map((r: { caseNumber: string }) => r.caseNumber));
    if (!answer.hasMore) break;
  }
  return seen;
}

const sameDay = new Date("2026-06-01T10:00:00.000Z");
const family = `Cursor${crypto
  .randomUUID()
  .replace(/[^a-f]/g, "")
  .slice(0, 6)}`;

beforeAll(async () => {
  [search, matches] = await Promise.all([tokenFor(["cases:search"]), tokenFor(["matches:read"])]);
  // 30 with the same name and the same last-seen time (ties all the way down to the id), and 15
  // with a longer name (a lower score) on different days: three pages of 20.
  for (let i = 0; i < 30; i++)
    await makeCase(env.db, { givenNames: "Rosa", familyNames: `${family} Mamani`, lastSeenAt: sameDay });
  for (let i = 0; i < 15; i++)
    await makeCase(env.db, {
      givenNames: "Rosa Elena",
      familyNames: `${family} Condori Apaza`,
      lastSeenAt: new Date(sameDay.getTime() - (i + 1) * 86_400_000),
    });
}, 120_000);

describe("case search cursor", () => {
  it("walks every result once, in the order of the numbered pages, by relevance and by date", async () => {
    for (const sort of ["relevance", "date"]) {
      const query = { q: `Rosa ${family}`, sort };
      const byCursor = await walk(query);
      expect(byCursor).toHaveLength(45);
      expect(new Set(byCursor).size).toBe(45);
      expect(byCursor).toEqual(await numbered(query));
    }
  });

  it("stays exact while new claims arrive between pages (an offset would repeat rows)", async () => {
    const query = { q: `Rosa ${family} Mamani` };
    const before = await numbered(query);
    const added: string[] = [];
    const seen = await walk(query, async () => {
      for (let i = 0; i < 3; i++)
        added.push(
          (
            await makeCase(env.db, {
              givenNames: "Rosa",
              familyNames: `${family} Mamani`,
              lastSeenAt: sameDay,
            })
          ).caseNumber,
        );
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const n of before) expect(seen).toContain(n);
    expect(seen.filter((n) => !before.includes(n)).every((n) => added.includes(n))).toBe(true);
  });

  it("refuses a cursor of another query, a made-up one and a foreign list's, with a 400 naming it", async () => {
    const first: SearchPage = await post({ q: `Rosa ${family}` });
    expect(first.nextCursor).toBeTruthy();
    const forged = encodeCursor(["cases", "x", "all", 1, sameDay.toISOString(), crypto.randomUUID()]);
    const foreign = encodeCursor(["match", "PROPOSED", 1, sameDay.toISOString(), crypto.randomUUID()]);
    for (const cursor of [first.nextCursor!, "not a cursor", forged, foreign]) {
      const q = cursor === first.nextCursor ? `Elena ${family}` : `Rosa ${family}`;
      const body = await post({ q, cursor }, 400);
      expect(body.errors.cursor.code).toBe("partners:errors.cursor");
    }
  });
});

describe("matches cursor", () => {
  const list = async (query: string, status = 200) => {
    const res = await listMatches(
      new Request(`http://localhost/api/v1/matches?${query}`, {
        headers: { Authorization: `Bearer ${matches}` },
      }),
      {},
    );
    expect(res.status).toBe(status);
    return res.json();
  };

  it("walks the proposals best first, ties by date and id, each once; the status is part of the cursor", async () => {
    // A duplicate pair is stored with the smaller id first.
    const cases = (
      await Promise.all(Array.from({ length: 7 }, () => makeCase(env.db, { familyNames: `${family} Par` })))
    ).sort((a, b) => a.id.localeCompare(b.id));
    const createdAt = new Date("2026-07-01T00:00:00.000Z");
    const ids: string[] = [];
    for (let i = 0; i < cases.length; i++)
      for (let j = i + 1; j < cases.length; j++) {
        const p = await env.db.matchProposal.create({
          data: {
            kind: "DUPLICATE",
            caseId: cases[i]!.id,
            otherCaseId: cases[j]!.id,
            caseCountryCode: "BO",
            otherCountryCode: "BO",
            score: [0.9, 0.7, 0.7][(i + j) % 3]!,
            criteria: [],
            caseVersion: "v",
            otherVersion: "v",
            createdAt: (i + j) % 2 ? createdAt : new Date(createdAt.getTime() + 1000),
          },
        });
        ids.push(p.id);
      }
    const seen: { id: string; score: number; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { rows: typeof seen; nextCursor: string | null } = await list(
        `status=PROPOSED&limit=4${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.rows);
      cursor = page.nextCursor;
    } while (cursor);
    const mine = seen.filter((r) => ids.includes(r.id));
    expect(mine).toHaveLength(ids.length);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const expected = [...seen].sort(
      (a, b) => b.score - a.score || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
    );
    expect(seen.map((r) => r.id)).toEqual(expected.map((r) => r.id));

    const first = await list("status=PROPOSED&limit=2");
    const other = await list(`status=REJECTED&cursor=${first.nextCursor}`, 400);
    expect(other.errors.cursor.code).toBe("partners:errors.cursor");
    expect((await list("limit=0", 400)).errors.limit).toBeTruthy();
  });
});
