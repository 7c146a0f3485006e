// Every way an /api route can fail, as the problem+json answer it must give; the 503s come from a
// database that is really unreachable or really locked, not from a thrown look-alike.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { handleClaimPost } from "@/features/intake/api-claims";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { seedReference } from "../../prisma/seed/reference";
import { apiRoute, parseJsonBody, problem, RateLimitedError } from "./api-problem";
import { AppError, NotFoundError } from "./errors";
import { createPrismaHandle, type PrismaHandle } from "./prisma-factory";

const slot = globalThis as { prismaPromise?: Promise<PrismaClient> };
const Thing = z.object({ name: z.string().min(1, "validation:required"), age: z.number().int() });
let testDb: TestDb;
const saved = { ...process.env };

beforeAll(async () => {
  testDb = await createTestDb();
  await seedReference(testDb.db);
});
afterEach(() => {
  slot.prismaPromise = undefined;
  vi.restoreAllMocks();
});
afterAll(async () => {
  process.env = saved;
  await testDb?.drop();
});

const req = (url = "http://localhost/api/v1/x", init: RequestInit = {}) => new Request(url, init);
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

function claimRequest(ip: string) {
  return new Request("http://localhost/api/v1/claims?lang=en", {
    method: "POST",
    body: JSON.stringify(goodClaim()),
    headers: { "content-type": "application/json", "x-reencuentro-client-ip": ip },
  });
}

describe("apiRoute", () => {
  const thing = apiRoute("test thing", async (r: Request) => {
    const input = await parseJsonBody(r, Thing);
    return Response.json(input, { status: 201 });
  });

  it("passes a success through untouched", async () => {
    const res = await thing(req(undefined, { method: "POST", body: '{"name":"a","age":3}' }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ name: "a", age: 3 });
  });

  it("a zod refusal is 400 with translated per-field errors; bad JSON is 400 too", async () => {
    const res = await thing(
      req("http://localhost/api/v1/x?lang=fr", { method: "POST", body: '{"name":"","age":1.5}' }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(res.headers.get("content-language")).toBe("fr");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await json(res);
    expect(body).toMatchObject({ status: 400, title: "Requête invalide", code: "common:problem.invalid" });
    expect(body.errors).toMatchObject({
      name: { code: "validation:required", detail: "Ce champ est obligatoire." },
      age: { code: expect.any(String) },
    });
    const broken = await thing(req(undefined, { method: "POST", body: "{nope" }));
    expect(broken.status).toBe(400);
    expect(await json(broken)).toMatchObject({
      code: "validation:invalidJson",
      detail: "El cuerpo de la solicitud no es JSON válido.", // no language asked: Spanish
    });
  });

  it("NotFoundError is 404, RateLimitedError 429 with Retry-After, AppError its own status", async () => {
    const notFound = await apiRoute("t", async () => {
      throw new NotFoundError();
    })(req(undefined, { headers: { "accept-language": "pt-BR,pt;q=0.8" } }));
    expect(notFound.status).toBe(404);
    expect(await json(notFound)).toMatchObject({ title: "Não encontrado", code: "common:errors.notFound" });
    const limited = await apiRoute("t", async () => {
      throw new RateLimitedError(120);
    })(req());
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("120");
    const signIn = await apiRoute("t", async () => {
      throw new AppError("common:errors.signInRequired", 401);
    })(req("http://localhost/x?lang=en"));
    expect(await json(signIn)).toMatchObject({ status: 401, detail: "Please sign in to continue." });
    expect((await problem(req(), 418, "common:errors.forbidden")).status).toBe(418);
  });

  it("anything else is 500 with a logged reference and nothing of the error in the body", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await apiRoute("boom route", async () => {
      throw new Error('Invalid `prisma.case.findFirst()` invocation: relation "Case" secret at /app/x.ts:1');
    })(req("http://localhost/x?lang=en"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/prisma|relation|secret|\.ts:|at /i);
    const body = JSON.parse(text) as { reference: string; detail: string };
    expect(body.reference).toMatch(/^[0-9a-f]{8}$/);
    expect(body.detail).toMatch(/unexpected error/);
    expect(String(logged.mock.calls[0]?.[0])).toContain(body.reference);
  });
});

describe("503 when the database is genuinely unavailable", () => {
  it("a database that is not listening: 503, Retry-After, calm detail, no connection text", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "500";
    const down = await createPrismaHandle("postgresql://postgres@127.0.0.1:1/none");
    slot.prismaPromise = Promise.resolve(down.db);
    try {
      const res = await handleClaimPost(claimRequest("10.9.0.1"));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("30");
      const text = await res.text();
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma|5432|:1\b/i);
      expect(JSON.parse(text)).toMatchObject({
        status: 503,
        title: "Service unavailable",
        code: "common:problem.busy",
        reference: expect.stringMatching(/^[0-9a-f]{8}$/),
      });
    } finally {
      await down.close();
    }
  });

  it("a locked table past lock_timeout: 503 within seconds, and no claim written", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.DATABASE_LOCK_TIMEOUT_MS = "300";
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = "800";
    const app: PrismaHandle = await createPrismaHandle(testDb.url);
    slot.prismaPromise = Promise.resolve(app.db);
    const locker = new pg.Client({ connectionString: testDb.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
      const started = performance.now();
      const res = await handleClaimPost(claimRequest("10.9.0.2"));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("30");
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    try {
      expect(await app.db.case.count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
