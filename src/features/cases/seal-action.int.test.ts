// The seal form's action (decision 154) against a real database: each refusal of sealCase and
// unsealCase comes back as the form's translated error key (or a field error), writes nothing,
// and a success bumps the form's version.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/server/viewer";
import { withTestDb } from "@/testing/with-test-db";
import { makeViewer } from "@/testing/viewers";
import { fileCase } from "./test-fixtures";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/server/session", () => ({ getViewer: async () => session.viewer }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (p: string) => void revalidated.push(p) }));

const { sealChangeAction } = await import("./actions");

const env = withTestDb();
let policeBo: Viewer, policePe: Viewer, ngoBo: Viewer;

beforeAll(async () => {
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policePe = await makeViewer(env.db, "POLICE", "PE");
  ngoBo = await makeViewer(env.db, "NGO", "BO");
});
afterEach(() => {
  session.viewer = null;
  revalidated.length = 0;
});

async function located(o: { approxAge?: number; status?: "LOCATED_ALIVE" | "ACTIVE" } = {}) {
  const c = await fileCase(env.db, "BO", { givenNames: "Rosaura", familyNames: "Apaza" });
  await env.db.case.update({
    where: { id: c.id },
    data: { status: o.status ?? "LOCATED_ALIVE", dateOfBirth: null, approxAge: o.approxAge ?? 41 },
  });
  return c;
}

function post(
  as: Viewer | null,
  caseNumber: string,
  mode: "seal" | "unseal",
  reason = "Asked not to be found",
) {
  session.viewer = as;
  const form = new FormData();
  form.set("caseNumber", caseNumber);
  form.set("mode", mode);
  form.set("reason", reason);
  return sealChangeAction(null, form);
}

/** Everything a seal writes: the case's seal, its history, its trail. */
async function written(id: string) {
  const [c, events, audits] = await Promise.all([
    env.db.case.findUniqueOrThrow({ where: { id }, select: { sealedAt: true } }),
    env.db.caseEvent.count({ where: { caseId: id, type: { in: ["CASE_SEALED", "CASE_UNSEALED"] } } }),
    env.db.auditEvent.count({ where: { targetType: "Case", targetId: id } }),
  ]);
  return { sealed: c.sealedAt !== null, events, audits };
}
const NOTHING = { sealed: false, events: 0, audits: 0 };

describe("the seal form's action", () => {
  it("seals and lifts the seal for the owning police, revalidating the case page", async () => {
    const c = await located();
    expect(await post(policeBo, c.caseNumber, "seal")).toEqual({ ok: true, data: { version: 1 } });
    expect(revalidated).toEqual(["/[locale]/cases/[caseNumber]"]);
    expect(await written(c.id)).toEqual({ sealed: true, events: 1, audits: 1 });
    expect(await post(policeBo, c.caseNumber, "seal")).toEqual({
      ok: false,
      error: "cases:errors.alreadySealed",
    });
    expect(await post(policeBo, c.caseNumber, "unseal", "Agreed to call his sister")).toMatchObject({
      ok: true,
    });
    expect(await post(policeBo, c.caseNumber, "unseal")).toEqual({
      ok: false,
      error: "cases:errors.notSealed",
    });
    expect(await written(c.id)).toEqual({ sealed: false, events: 2, audits: 2 });
  });

  it("answers not-found to an NGO, another country's police and anyone signed out; writes nothing", async () => {
    const c = await located();
    for (const who of [ngoBo, policePe])
      expect(await post(who, c.caseNumber, "seal")).toEqual({ ok: false, error: "common:errors.notFound" });
    expect(await post(null, c.caseNumber, "seal")).toEqual({
      ok: false,
      error: "common:errors.signInRequired",
    });
    expect(await written(c.id)).toEqual(NOTHING);
  });

  it("says why for a minor and for a claim not located; writes nothing", async () => {
    const minor = await located({ approxAge: 16 });
    expect(await post(policeBo, minor.caseNumber, "seal")).toEqual({
      ok: false,
      error: "cases:errors.sealMinor",
    });
    const active = await located({ status: "ACTIVE" });
    expect(await post(policeBo, active.caseNumber, "seal")).toEqual({
      ok: false,
      error: "cases:errors.sealNotLocated",
    });
    expect(await written(minor.id)).toEqual(NOTHING);
    expect(await written(active.id)).toEqual(NOTHING);
  });

  it("puts a missing reason beside its field (the schema the form checks with too)", async () => {
    const c = await located();
    const res = await post(policeBo, c.caseNumber, "seal", "  ");
    expect(res).toMatchObject({ ok: false, fieldErrors: { reason: "cases:validation.reasonRequired" } });
    expect(await written(c.id)).toEqual(NOTHING);
  });
});
