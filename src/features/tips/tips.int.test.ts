import { withTestDb } from "@/testing/with-test-db";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeCase, makeTrainingSession } from "@/features/bulletin/test-helpers";
import { AppError, NotFoundError } from "@/server/errors";
import { submitTipAction } from "./actions";
import { findTipReceipt, submitTip } from "./data";

// The action reads the client's IP from the request headers; Next provides them in a request,
// here a test supplies them.
let requestIp = "203.0.113.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-reencuentro-client-ip": requestIp }),
}));

const env = withTestDb();
const input = {
  what: "La vi en la terminal de buses, con una mochila roja.",
  where: "Terminal",
  when: "Ayer, 18:00",
};
const tipsOf = (caseId: string) => env.db.tip.findMany({ where: { caseId } });
const tipEventsOf = (caseId: string) =>
  env.db.caseEvent.findMany({ where: { caseId, type: "TIP_RECEIVED" } });

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

afterEach(() => {
  delete process.env.RATE_LIMIT_MULTIPLIER;
});

describe("submitTip", () => {
  it("stores the tip privately and records TIP_RECEIVED without its words", async () => {
    const c = await makeCase(env.db, { status: "ACTIVE" });
    const submissionId = crypto.randomUUID();
    expect(await submitTip({ publicId: c.publicId, submissionId }, input, "es")).toEqual({
      duplicate: false,
    });
    const [tip] = await tipsOf(c.id);
    expect(tip).toMatchObject({
      body: input.what,
      seenWhere: "Terminal",
      seenWhen: "Ayer, 18:00",
      contact: null,
    });
    const events = await tipEventsOf(c.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorKind: "PUBLIC",
      actorUserId: null,
      newValue: tip!.id,
      body: null,
    });
    expect(JSON.stringify(events[0])).not.toContain("mochila");
    // The case team's inbox gets the tip's id, never its words.
    const items = await env.db.inboxItem.findMany({ where: { caseId: c.id, kind: "TIP" } });
    expect(items.map((i) => [i.refId, i.body])).toEqual([[tip!.id, null]]);
  });

  it("a retry with the same submissionId stores nothing new, even when both race", async () => {
    const c = await makeCase(env.db, { status: "ACTIVE" });
    const envelope = { publicId: c.publicId, submissionId: crypto.randomUUID() };
    const results = await Promise.all([submitTip(envelope, input, "es"), submitTip(envelope, input, "es")]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await findTipReceipt(envelope)).toEqual({ duplicate: true });
    expect(await tipsOf(c.id)).toHaveLength(1);
    expect(await tipEventsOf(c.id)).toHaveLength(1);
    expect(await env.db.inboxItem.count({ where: { caseId: c.id, kind: "TIP" } })).toBe(1);
  });

  it("refuses a case that is not on the bulletin, writing nothing", async () => {
    const session = await makeTrainingSession(env.db);
    const offBulletin = [
      await makeCase(env.db, { status: "ACTIVE", approved: false }),
      await makeCase(env.db, { status: "LOCATED_ALIVE" }),
      await makeCase(env.db, { withdrawn: true }),
      await makeCase(env.db, { practiceSessionId: session.id }),
    ];
    for (const c of offBulletin) {
      await expect(
        submitTip({ publicId: c.publicId, submissionId: crypto.randomUUID() }, input, "es"),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await tipsOf(c.id)).toHaveLength(0);
      expect(await tipEventsOf(c.id)).toHaveLength(0);
    }
  });

  it("never reuses one submissionId for another poster", async () => {
    const a = await makeCase(env.db, { status: "ACTIVE" });
    const b = await makeCase(env.db, { status: "ACTIVE" });
    const submissionId = crypto.randomUUID();
    await submitTip({ publicId: a.publicId, submissionId }, input, "es");
    await expect(findTipReceipt({ publicId: b.publicId, submissionId })).rejects.toBeInstanceOf(AppError);
    expect(await tipsOf(b.id)).toHaveLength(0);
  });
});

describe("submitTipAction", () => {
  const envelope = (publicId: string) => ({ publicId, submissionId: crypto.randomUUID(), locale: "en" });

  it("answers bad input with translated field keys and writes nothing", async () => {
    const c = await makeCase(env.db, { status: "ACTIVE" });
    const res = await submitTipAction(
      null,
      form({ ...envelope(c.publicId), what: "   ", where: "x".repeat(201) }),
    );
    expect(res).toMatchObject({
      ok: false,
      error: "bulletin:tip.errors.fix",
      fieldErrors: { what: "validation:required", where: "validation:tooLong" },
      values: { where: "x".repeat(201) },
    });
    expect(await tipsOf(c.id)).toHaveLength(0);
  });

  it("answers an unknown poster with not found", async () => {
    const res = await submitTipAction(null, form({ ...envelope("doesNotExist123"), what: "Algo" }));
    expect(res).toMatchObject({ ok: false, error: "common:errors.notFound" });
  });

  it("limits tips per IP, but an acknowledged tip's retry still succeeds", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = "1";
    requestIp = "198.51.100.77";
    const c = await makeCase(env.db, { status: "ACTIVE" });
    const first = form({ ...envelope(c.publicId), ...input });
    expect(await submitTipAction(null, first)).toMatchObject({ ok: true, data: { duplicate: false } });
    for (let i = 1; i < 10; i++) {
      expect(await submitTipAction(null, form({ ...envelope(c.publicId), ...input }))).toMatchObject({
        ok: true,
      });
    }
    const limited = await submitTipAction(null, form({ ...envelope(c.publicId), ...input }));
    expect(limited).toMatchObject({
      ok: false,
      error: "common:errors.rateLimited",
      values: { what: input.what },
    });
    expect(await tipsOf(c.id)).toHaveLength(10);
    expect(await submitTipAction(null, first)).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(await tipsOf(c.id)).toHaveLength(10);
    requestIp = "198.51.100.78";
    expect(await submitTipAction(null, form({ ...envelope(c.publicId), ...input }))).toMatchObject({
      ok: true,
    });
  });
});
