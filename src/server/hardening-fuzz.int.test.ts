// Property-based fuzzing of the public and staff entry points against the real test PostgreSQL
// (issue 11): the claims API, the search API, and the tip, track and sign-in actions, each fed
// arbitrary and near-valid input. Properties: never a 5xx (an API status >= 500, an action that
// throws or answers "unexpected"), never a stack, SQL or Prisma text in what the client gets,
// and no row written by a refused request. Bounded: 1,900 cases with a fixed seed, each property
// within a time budget (48 s in all), so a busy CI machine runs fewer cases instead of a longer
// suite. FUZZ_SEED=<n> explores another part of the input space.
import { withTestDb } from "@/testing/with-test-db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { handleCaseSearchPost } from "@/features/cases/api-search";
import { handleClaimPost } from "@/features/intake/api-claims";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { lookUpClaim } from "@/features/intake/track-actions";
import { readTrackState } from "@/features/intake/track-session";
import { submitTipAction } from "@/features/tips/actions";
import { signInAction } from "@/features/users/login-actions";
import { createUser } from "@/testing/factories";
import { hashPassword } from "./password";
import type { Viewer } from "./viewer";
import { makeViewer } from "@/testing/viewers";

// What Next gives a request, here per fuzz case: a client address and a cookie jar.
const request = vi.hoisted(() => ({ ip: "203.0.113.9", jar: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-reencuentro-client-ip": request.ip }),
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void request.jar.set(name, value),
    delete: (name: string) => void request.jar.delete(name),
  }),
}));
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/server/session", () => ({ getViewer: async () => session.viewer }));

const env = withTestDb();
const SEED = Number(process.env.FUZZ_SEED ?? 112026);
const LEAK =
  /prisma|invocation|\bat [\w.<>]+ \(|\.tsx?:\d+|node_modules|SELECT |INSERT |relation "|ECONN|stack|TypeError|SyntaxError/i;
let ipCounter = 0;
const nextIp = () => `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`;
let publicId = "";
const EMAIL = "fuzz.officer@t.test";
const PASSWORD = "Lluvia sobre el Illimani 7";

beforeAll(async () => {
  process.env.RATE_LIMIT_MULTIPLIER = "1000";
  session.viewer = await makeViewer(env.db, "POLICE", "BO");
  publicId = (await makeCase(env.db, { status: "ACTIVE" })).publicId!;
  await createUser(env.db, {
    email: EMAIL,
    role: "POLICE",
    countryCode: "BO",
    passwordHash: await hashPassword(PASSWORD),
  });
});
afterAll(() => {
  delete process.env.RATE_LIMIT_MULTIPLIER;
});

/** Rows a refused request must not add, in one round trip. */
const count = async () => {
  const [row] = await env.db.$queryRaw<{ cases: number; tips: number; events: number; logins: number }[]>`
    SELECT (SELECT count(*)::int FROM "Case") AS cases, (SELECT count(*)::int FROM "Tip") AS tips,
           (SELECT count(*)::int FROM "CaseEvent") AS events, (SELECT count(*)::int FROM "LoginAttempt") AS logins`;
  return row!;
};

// Text that breaks things: control and invisible characters, lone surrogates, SQL and markup.
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u200b\u200f\ufeff",
    "\ud800",
    '\'; DROP TABLE "Case"; --',
    "<script>alert(1)</script>",
    "%00",
    "\0",
    "2026-02-30",
    "9999-99-99",
    "0000-00-00",
    "NaN",
    "-1",
    "1e309",
    "x".repeat(5000),
    "BO-2026-000001",
    "__proto__",
  ),
);
const anyValue = fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

/** A good claim with some fields (at any depth) replaced by junk. */
const claimBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.constantFrom("person", "lastSeen", "reporter", "consent", "submissionId", "photos", "root"),
            fc.string({ maxLength: 12 }),
            anyValue,
          ),
          { maxLength: 4 },
        ),
      )
      .map(([edits]) => {
        const claim = goodClaim() as unknown as Record<string, Record<string, unknown> | unknown>;
        for (const [part, key, value] of edits) {
          if (part === "root") claim[key] = value;
          else if (typeof claim[part] === "object" && claim[part] !== null)
            (claim[part] as Record<string, unknown>)[key] = value;
          else claim[part] = value;
        }
        return JSON.stringify(claim);
      }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

async function expectCalm(res: Response, what: string) {
  const text = await res.text();
  expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, what).not.toMatch(LEAK);
  return text;
}

/**
 * Runs `property` up to `numRuns` times within `budgetMs`: on a busy CI machine the run stops at
 * the budget (at least 50 cases must have run) instead of stretching the suite; a failure is
 * reported with fast-check's counterexample and seed.
 */
async function check<T>(property: fc.IAsyncPropertyWithHooks<T>, numRuns: number, budgetMs: number) {
  const details = await fc.check(property, {
    numRuns,
    seed: SEED,
    endOnFailure: true,
    interruptAfterTimeLimit: budgetMs,
    markInterruptAsFailure: false,
  });
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? "property failed");
  expect(details.numRuns).toBeGreaterThanOrEqual(Math.min(numRuns, 50));
}
// Generous per-property time: the machine running CI may be busy.
vi.setConfig({ testTimeout: 50_000 });

describe("fuzz: APIs", () => {
  it("POST /api/v1/claims: never 5xx or leaked internals; a refused claim writes no case", async () => {
    await check(
      fc.asyncProperty(
        claimBody,
        fc.option(nasty, { nil: undefined }),
        fc.option(fc.constantFrom("en", "qu", "xx", "*", "es-BO;q=abc"), { nil: undefined }),
        async (body, key, lang) => {
          const before = (await count()).cases;
          const headers: Record<string, string> = {
            "content-type": "application/json",
            "x-reencuentro-client-ip": nextIp(),
          };
          if (key !== undefined && /^[\t\x20-\x7e]*$/.test(key)) headers["idempotency-key"] = key;
          if (lang) headers["accept-language"] = lang;
          const res = await handleClaimPost(
            new Request("http://localhost/api/v1/claims", { method: "POST", body, headers }),
          );
          await expectCalm(res, "claims");
          if (res.status >= 400) expect((await count()).cases).toBe(before);
        },
      ),
      250,
      14_000,
    );
  });

  it("POST /api/v1/cases/search: never 5xx or leaked internals", async () => {
    const field = fc.constantFrom(
      "q",
      "country",
      "regionId",
      "status",
      "sex",
      "ageMin",
      "ageMax",
      "lastSeenFrom",
      "lastSeenTo",
      "trafficking",
      "hasPhoto",
      "possibleDuplicate",
      "sort",
      "page",
    );
    await check(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 3,
            arbitrary: fc.dictionary(field, anyValue, { maxKeys: 6 }).map((v) => JSON.stringify(v)),
          },
          { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 100 }) },
        ),
        async (body) => {
          const res = await handleCaseSearchPost(
            new Request("http://localhost/api/v1/cases/search", {
              method: "POST",
              body,
              headers: { "content-type": "application/json" },
            }),
          );
          await expectCalm(res, "search");
        },
      ),
      700,
      7_000,
    );
  });
});

/** Next's redirect() throws a signal; anything else thrown by an action is a 500. */
async function settle<T>(fn: () => Promise<T>): Promise<T | "redirected"> {
  try {
    return await fn();
  } catch (err) {
    if (String((err as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw err;
  }
}

function formOf(fields: Record<string, unknown>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) f.set(k, typeof v === "string" ? v : JSON.stringify(v));
  return f;
}

function expectNoLeak(result: unknown, what: string) {
  const text = JSON.stringify(result ?? null);
  expect(text, what).not.toContain("common:errors.unexpected");
  expect(text, what).not.toMatch(LEAK);
}

describe("fuzz: actions", () => {
  it("the tip action: never throws or 'unexpected'; a refused tip writes no row", async () => {
    await check(
      fc.asyncProperty(
        fc.record(
          {
            publicId: fc.oneof(fc.constant(publicId), nasty),
            submissionId: fc.oneof(fc.uuid(), nasty),
            what: fc.oneof(fc.constant("La vi cerca del mercado, con una mochila."), nasty),
            where: nasty,
            when: nasty,
            contact: nasty,
            locale: fc.oneof(fc.constantFrom("es", "qu"), nasty),
          },
          { requiredKeys: [] },
        ),
        async (fields) => {
          request.ip = nextIp();
          const before = await count();
          const result = await settle(() => submitTipAction(null, formOf(fields)));
          expectNoLeak(result, "tip");
          if (result !== "redirected" && !result?.ok) {
            const after = await count();
            expect([after.tips, after.events]).toEqual([before.tips, before.events]);
          }
        },
      ),
      400,
      9_000,
    );
  });

  it("the track action: only redirects, never stores 'unexpected', writes no case row", async () => {
    await check(
      fc.asyncProperty(
        fc.record(
          { caseNumber: nasty, trackingCode: nasty, locale: fc.oneof(fc.constant("es"), nasty) },
          { requiredKeys: [] },
        ),
        async (fields) => {
          request.ip = nextIp();
          request.jar.clear();
          const before = await count();
          expect(await settle(() => lookUpClaim(formOf(fields)))).toBe("redirected");
          expectNoLeak(await readTrackState(), "track");
          expect(await count()).toEqual(before);
        },
      ),
      400,
      9_000,
    );
  });

  it("the sign-in action: never throws or 'unexpected'; a malformed attempt writes no row", async () => {
    await check(
      fc.asyncProperty(
        fc.record(
          {
            email: fc.oneof(fc.constant(EMAIL), fc.emailAddress(), nasty),
            password: fc.oneof(fc.constant(PASSWORD), nasty),
            from: fc.oneof(fc.constantFrom("/es/cases", "//evil.example", "/..//evil.example"), nasty),
            locale: fc.oneof(fc.constant("en"), nasty),
          },
          { requiredKeys: [] },
        ),
        async (fields) => {
          request.ip = nextIp();
          request.jar.clear();
          const before = await count();
          const result = await settle(() => signInAction(null, formOf(fields)));
          expectNoLeak(result, "sign-in");
          if (result !== "redirected" && result && !result.ok && result.fieldErrors)
            expect(await count()).toEqual(before);
        },
      ),
      150,
      9_000,
    );
  });
});
