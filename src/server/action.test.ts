import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "./viewer";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("./session", () => ({ getViewer: async () => session.viewer }));

const { runAction, runPublicAction, BUSY_KEY, UNEXPECTED_KEY } = await import("./action");
const { AppError, NotFoundError } = await import("./errors");

const Note = z.object({ body: z.string().min(1, "validation:required") });
const officer: Viewer = {
  id: "u1",
  email: "o@example.org",
  name: "O",
  role: "POLICE",
  isSuperAdmin: false,
  countryCode: "PE",
  regionId: null,
  organizationId: null,
  practiceSessionId: null,
};
const where = { where: "test" };

afterEach(() => vi.restoreAllMocks());
beforeEach(() => {
  session.viewer = officer;
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("runAction", () => {
  it("parses, passes the viewer and returns the data", async () => {
    const handler = vi.fn(async (input: { body: string }, viewer: Viewer) => `${viewer.id}:${input.body}`);
    expect(await runAction(Note, { body: "hola" }, handler, where)).toEqual({ ok: true, data: "u1:hola" });
  });

  it("answers field errors (i18n keys) without calling the handler or asking for the viewer", async () => {
    const handler = vi.fn();
    const res = await runAction(Note, { body: "" }, handler, { ...where, invalidKey: "x:checkForm" });
    expect(res).toEqual({ ok: false, error: "x:checkForm", fieldErrors: { body: "validation:required" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses without a viewer", async () => {
    session.viewer = null;
    const handler = vi.fn();
    const res = await runAction(Note, { body: "a" }, handler, where);
    expect(res).toEqual({ ok: false, error: "common:errors.signInRequired" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns NotFoundError and AppError into their keys, and field-bound keys into field errors", async () => {
    const notFound = await runAction(
      Note,
      { body: "a" },
      async () => {
        throw new NotFoundError();
      },
      where,
    );
    expect(notFound).toEqual({ ok: false, error: "common:errors.notFound" });
    const taken = () => Promise.reject(new AppError("admin:errors.emailTaken"));
    const res = await runAction(Note, { body: "a" }, taken, {
      ...where,
      fieldOf: (k) => (k === "admin:errors.emailTaken" ? "email" : undefined),
    });
    expect(res).toEqual({ ok: false, fieldErrors: { email: "admin:errors.emailTaken" } });
  });

  it("keeps the field errors an AppError carries", async () => {
    class Rejected extends AppError {
      constructor(public readonly fieldErrors: Record<string, string>) {
        super("validation:invalid");
      }
    }
    const res = await runAction(
      Note,
      { body: "a" },
      () => Promise.reject(new Rejected({ body: "k" })),
      where,
    );
    expect(res).toEqual({ ok: false, error: "validation:invalid", fieldErrors: { body: "k" } });
  });

  it("logs an unexpected error and gives the user its reference", async () => {
    const res = await runAction(Note, { body: "a" }, () => Promise.reject(new Error("boom")), where);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toBe(UNEXPECTED_KEY);
    expect(res.reference).toMatch(/^[0-9a-f]{8}$/);
    const line = JSON.parse(String(vi.mocked(console.error).mock.calls.at(-1)?.[0])) as Record<
      string,
      unknown
    >;
    expect(line).toMatchObject({
      level: "error",
      where: "test",
      reference: res.reference,
      error: { message: "boom" },
    });
  });

  it("says 'busy, nothing lost' when the database is down or timing out, and keeps the values", async () => {
    const outages = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
      { name: "PrismaClientKnownRequestError", code: "P2024", message: "Timed out fetching a connection" },
    ];
    for (const err of outages) {
      const values = { body: "what I typed" };
      const res = await runAction(Note, values, () => Promise.reject(err), { ...where, values });
      expect(res).toEqual({ ok: false, error: BUSY_KEY, values });
    }
    expect(console.error).not.toHaveBeenCalled();
  });

  it("rethrows Next's redirect so a handler may redirect after its work", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/en;307;" });
    await expect(runAction(Note, { body: "a" }, () => Promise.reject(redirect), where)).rejects.toBe(
      redirect,
    );
  });
});

describe("runPublicAction", () => {
  it("needs no viewer and echoes the values on success", async () => {
    session.viewer = null;
    const values = { body: "x" };
    const res = await runPublicAction(Note, values, async (d) => d.body.length, { ...where, values });
    expect(res).toEqual({ ok: true, data: 1, values });
  });
});
