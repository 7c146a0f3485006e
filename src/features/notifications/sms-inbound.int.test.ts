// The vendor's inbound webhook (decision 157), through the route as the vendor calls it, on
// PostgreSQL, with a local HTTP server playing the Twilio-compatible vendor for the outgoing
// confirmation: a signed STOP (or a local-language word) turns SMS off on that number's claims
// and is confirmed once; an unsigned, malformed or too frequent request changes nothing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { resetMailConfig } from "@/server/mail/config";
import { CLIENT_IP_HEADER } from "@/server/incoming-headers";
import { inboundSignature } from "@/server/sms/inbound-signature";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";

const URL_SIGNED = "https://reencuentro.test/api/sms/inbound";
const TOKEN = "inbound-token";
let testDb: TestDb;
let engine: JobEngine;
let vendor: Server;
let POST: (req: Request) => Promise<Response>;
const texts: URLSearchParams[] = [];
const textsTo = (phone: string) => texts.filter((t) => t.get("To") === phone);

const until = async (cond: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};

let n = 0;
/** A claim whose reporter opted into SMS (and email) with the number typed as people type it. */
async function phoneCase(phone: string, locale = "es") {
  const c = await fileCase(testDb.db, "BO", { givenNames: "Marisol", familyNames: "Quispe" });
  await testDb.db.case.update({
    where: { id: c.id },
    data: {
      reporterPhone: phone,
      reporterPhoneDigits: phone.replace(/\D/g, ""),
      reporterLocale: locale,
      notifyByPhone: true,
      notifyByEmail: true,
      reporterEmail: `family${n++}@example.org`,
    },
  });
  return c;
}

function inbound(
  fields: Record<string, string>,
  o: { token?: string; url?: string; ip?: string; signature?: string | null } = {},
) {
  const params = new URLSearchParams({ MessageSid: `SM${n++}`, To: "+15005550006", ...fields });
  const signature =
    o.signature === undefined ? inboundSignature(o.token ?? TOKEN, o.url ?? URL_SIGNED, params) : o.signature;
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    [CLIENT_IP_HEADER]: o.ip ?? "198.51.100.10",
  };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  return POST(new Request("http://127.0.0.1/api/sms/inbound", { method: "POST", headers, body: params }));
}

const smsOn = async (id: string) =>
  (await testDb.db.case.findUniqueOrThrow({ where: { id }, select: { notifyByPhone: true } })).notifyByPhone;

beforeAll(async () => {
  vendor = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      texts.push(new URLSearchParams(body));
      res.writeHead(201, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ sid: `SMout${texts.length}` }));
    });
  });
  await new Promise<void>((r) => vendor.listen(0, "127.0.0.1", r));
  process.env.SMS_API_BASE_URL = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
  process.env.SMS_ACCOUNT_SID = "AC123";
  process.env.SMS_AUTH_TOKEN = TOKEN;
  process.env.SMS_FROM = "+15005550006";
  process.env.PUBLIC_URL = "https://reencuentro.test";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
  resetMailConfig();
  testDb = await openAppTestDb();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  setJobEngine(engine);
  await engine.startWorkers([jobDefinition("message-deliver")!]);
  ({ POST } = await import("@/app/api/sms/inbound/route"));
});

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
  await new Promise<void>((r) => vendor?.close(() => r()));
});

describe("SMS STOP keyword", () => {
  it("turns SMS off on every claim of that number, keeps email, and confirms once", async () => {
    const a = await phoneCase("+591 7123-4001", "es");
    const b = await phoneCase("+59171234001", "es");
    const other = await phoneCase("+591 7123 4002", "es");
    // A text still waiting for a working vendor when the family says STOP is not sent after it.
    const waiting = await testDb.db.outboundMessage.create({
      data: {
        eventKey: "test:waiting",
        channel: "SMS",
        recipient: "+59171234001",
        template: "family.verified",
        locale: "es",
        params: { caseNumber: a.caseNumber },
        caseId: a.id,
        status: "FAILED",
      },
    });

    const res = await inbound({ From: "+59171234001", Body: " Stop " });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/xml");
    expect(await res.text()).toContain("<Response></Response>");

    expect(await smsOn(a.id)).toBe(false);
    expect(await smsOn(b.id)).toBe(false);
    expect(await smsOn(other.id)).toBe(true);
    const emailStill = await testDb.db.case.count({
      where: { id: { in: [a.id, b.id] }, notifyByEmail: true },
    });
    expect(emailStill).toBe(2);
    const events = await testDb.db.caseEvent.findMany({
      where: { caseId: { in: [a.id, b.id] }, type: "NOTIFICATIONS_WITHDRAWN" },
      select: { field: true, actorKind: true },
    });
    expect(events).toEqual([
      { field: "notifyByPhone", actorKind: "REPORTER" },
      { field: "notifyByPhone", actorKind: "REPORTER" },
    ]);
    expect((await testDb.db.outboundMessage.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe(
      "SUPPRESSED",
    );

    await until(() => textsTo("+59171234001").length === 1);
    const confirmation = textsTo("+59171234001")[0]!.get("Body")!;
    expect(confirmation).toContain("no recibirá más SMS");
    expect(confirmation).toContain("https://reencuentro.test/es/track");
    expect(confirmation).not.toContain("Marisol");
    const row = await testDb.db.outboundMessage.findFirstOrThrow({
      where: { template: "family.smsStopped" },
    });
    expect(row.status).toBe("SENT");

    // STOP again, and the vendor posting a message twice: nothing left to stop, nothing sent.
    expect((await inbound({ From: "+59171234001", Body: "STOP" })).status).toBe(200);
    expect((await inbound({ From: "+59171234001", Body: "STOP", MessageSid: "SMsame" })).status).toBe(200);
    expect((await inbound({ From: "+59171234001", Body: "STOP", MessageSid: "SMsame" })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2500));
    expect(textsTo("+59171234001")).toHaveLength(1);
    expect(await testDb.db.outboundMessage.count({ where: { template: "family.smsStopped" } })).toBe(1);
  });

  it("understands the local languages' words, written as people write them, and nothing else", async () => {
    const words: [string, string, string][] = [
      ["¡Alto!", "es", "no recibirá más SMS"],
      ["parar", "pt", "não receberá mais SMS"],
      ["Arrêt", "fr", "ne recevrez plus de SMS"],
      ["sispann", "ht", "p ap resevwa SMS"],
      ["UNSUBSCRIBE", "en", "no more texts"],
    ];
    for (const [i, [word, locale, expected]] of words.entries()) {
      const phone = `+5917123410${i}`;
      const c = await phoneCase(phone, locale);
      expect((await inbound({ From: phone, Body: word })).status).toBe(200);
      expect(await smsOn(c.id)).toBe(false);
      await until(() => textsTo(phone).length === 1);
      expect(textsTo(phone)[0]!.get("Body")).toContain(expected);
    }
    const keep = await phoneCase("+59171234200");
    for (const body of ["no paren de buscar", "Gracias", "stop buscando", ""]) {
      expect((await inbound({ From: "+59171234200", Body: body })).status).toBe(200);
    }
    expect(await smsOn(keep.id)).toBe(true);
  });

  it("refuses an unsigned, wrongly signed or malformed request and changes nothing", async () => {
    const c = await phoneCase("+59171234300");
    const before = await testDb.db.outboundMessage.count();
    for (const o of [
      { signature: null },
      { token: "someone-else" },
      { url: "https://elsewhere.test/api/sms/inbound" },
    ]) {
      const res = await inbound({ From: "+59171234300", Body: "STOP" }, o);
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(((await res.json()) as { code: string }).code).toBe("notifications:smsInbound.forbidden");
    }
    const noSender = await inbound({ From: "7123 4300", Body: "STOP" });
    expect(noSender.status).toBe(400);
    expect(((await noSender.json()) as { detail: string }).detail).toMatch(/remitente|sender/);
    expect(await smsOn(c.id)).toBe(true);
    expect(
      await testDb.db.caseEvent.count({ where: { caseId: c.id, type: "NOTIFICATIONS_WITHDRAWN" } }),
    ).toBe(0);
    expect(await testDb.db.outboundMessage.count()).toBe(before);
  });

  it("limits how often one address may call, before any signature is checked", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = "0.01"; // one call a minute
    try {
      expect((await inbound({ From: "+59171234400", Body: "hola" }, { ip: "203.0.113.77" })).status).toBe(
        200,
      );
      const res = await inbound({ From: "+59171234400", Body: "hola" }, { ip: "203.0.113.77" });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("60");
      expect((await inbound({ From: "+59171234400", Body: "hola" }, { ip: "203.0.113.78" })).status).toBe(
        200,
      );
    } finally {
      delete process.env.RATE_LIMIT_MULTIPLIER;
    }
  });

  it("is not there when no SMS vendor is configured", async () => {
    const saved = process.env.SMS_API_BASE_URL;
    delete process.env.SMS_API_BASE_URL;
    try {
      expect((await inbound({ From: "+59171234500", Body: "STOP" })).status).toBe(404);
    } finally {
      process.env.SMS_API_BASE_URL = saved;
    }
  });
});
