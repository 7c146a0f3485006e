// The vendor's inbound webhook (decision 157), through the route as the vendor calls it, on
// PostgreSQL, with a local HTTP server playing the Twilio-compatible vendor for the outgoing
// confirmation: a signed STOP (or a local-language word) turns SMS off on that number's claims
// and is confirmed once; an unsigned, malformed or too frequent request changes nothing.
import { describe, expect, it } from "vitest";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { inboundSms as inbound, phoneCase as phoneCaseOn, smsOn as smsOnIn } from "./test-helpers";

const env = withNotifyEnv({ sms: true, jobs: ["message-deliver"] });
const textsTo = (phone: string) => env.sms.texts.filter((t) => t.get("To") === phone);
const phoneCase = (phone: string, locale = "es") => phoneCaseOn(env.db, phone, locale);
const smsOn = (id: string) => smsOnIn(env.db, id);

describe("SMS STOP keyword", () => {
  it("turns SMS off on every claim of that number, keeps email, and confirms once", async () => {
    const a = await phoneCase("+591 7123-4001", "es");
    const b = await phoneCase("+59171234001", "es");
    const other = await phoneCase("+591 7123 4002", "es");
    // A text still waiting for a working vendor when the family says STOP is not sent after it.
    const waiting = await env.db.outboundMessage.create({
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
    const emailStill = await env.db.case.count({
      where: { id: { in: [a.id, b.id] }, notifyByEmail: true },
    });
    expect(emailStill).toBe(2);
    const events = await env.db.caseEvent.findMany({
      where: { caseId: { in: [a.id, b.id] }, type: "NOTIFICATIONS_WITHDRAWN" },
      select: { field: true, actorKind: true },
    });
    expect(events).toEqual([
      { field: "notifyByPhone", actorKind: "REPORTER" },
      { field: "notifyByPhone", actorKind: "REPORTER" },
    ]);
    expect((await env.db.outboundMessage.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe(
      "SUPPRESSED",
    );

    await until(() => textsTo("+59171234001").length === 1);
    const confirmation = textsTo("+59171234001")[0]!.get("Body")!;
    expect(confirmation).toContain("no recibirá más SMS");
    expect(confirmation).toContain("https://reencuentro.test/es/track");
    expect(confirmation).not.toContain("Marisol");
    const row = await env.db.outboundMessage.findFirstOrThrow({
      where: { template: "family.smsStopped" },
    });
    expect(row.status).toBe("SENT");

    // STOP again, and the vendor posting a message twice: nothing left to stop, nothing sent.
    expect((await inbound({ From: "+59171234001", Body: "STOP" })).status).toBe(200);
    expect((await inbound({ From: "+59171234001", Body: "STOP", MessageSid: "SMsame" })).status).toBe(200);
    expect((await inbound({ From: "+59171234001", Body: "STOP", MessageSid: "SMsame" })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2500));
    expect(textsTo("+59171234001")).toHaveLength(1);
    expect(await env.db.outboundMessage.count({ where: { template: "family.smsStopped" } })).toBe(1);
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
    const before = await env.db.outboundMessage.count();
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
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "NOTIFICATIONS_WITHDRAWN" } })).toBe(
      0,
    );
    expect(await env.db.outboundMessage.count()).toBe(before);
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
