// START after STOP (decision 168), and the signature checked against the URL the vendor really
// called, through the route on PostgreSQL with a local HTTP server playing the vendor: START
// turns SMS on again only where the family had it and stopped it, logged on the claim, confirmed
// once in the reporter's language; behind a trusted proxy without PUBLIC_URL or NEXTAUTH_URL the
// forwarded scheme and host are what is checked (untrusted, they are ignored); a Webhooks Rule's
// HMAC-SHA256 signature is accepted with its shared key and refused without it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/features/cases/data/workflow";
import { claimCopyHtml } from "@/features/intake/claim-copy-html";
import { getClaimCopy } from "@/features/intake/data";
import { loadResources } from "@/i18n/resources";
import { createTranslate } from "@/i18n/translate";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { withdrawEmailUpdatesOfCase } from "./data";
import { inboundSms as inbound, phoneCase as phoneCaseOn, smsOn as smsOnIn } from "./test-helpers";

// SMTP too: the status change below also emails the family.
const env = withNotifyEnv({ sms: true, smtp: true, jobs: ["message-deliver"] });
const textsTo = (phone: string) => env.sms.texts.filter((t) => t.get("To") === phone);
const phoneCase = (phone: string, locale = "es") => phoneCaseOn(env.db, phone, locale);
const smsOn = (id: string) => smsOnIn(env.db, id);
const events = (caseId: string, type: string) =>
  env.db.caseEvent.findMany({ where: { caseId, type }, select: { field: true, actorKind: true } });

describe("SMS START keyword", () => {
  it("after STOP, turns SMS on again on that number's claims, logged, confirmed once in the reporter's language", async () => {
    const phone = "+59171235001";
    const a = await phoneCase("+591 7123-5001", "fr");
    const b = await phoneCase(phone, "fr");
    expect((await inbound({ From: phone, Body: "STOP" })).status).toBe(200);
    await until(() => textsTo(phone).length === 1);
    expect(await smsOn(a.id)).toBe(false);

    expect((await inbound({ From: phone, Body: " start! " })).status).toBe(200);
    expect(await smsOn(a.id)).toBe(true);
    expect(await smsOn(b.id)).toBe(true);
    expect(await events(a.id, "NOTIFICATIONS_RESUMED")).toEqual([
      { field: "notifyByPhone", actorKind: "REPORTER" },
    ]);
    await until(() => textsTo(phone).length === 2);
    const confirmation = textsTo(phone)[1]!.get("Body")!;
    expect(confirmation).toContain("vous recevrez de nouveau des SMS");
    expect(confirmation).toContain("STOP");
    expect(confirmation).toContain("https://reencuentro.test/fr/track");
    expect(confirmation).not.toContain("Marisol");

    // START again, or the vendor re-posting it: nothing to turn on, nothing sent.
    expect((await inbound({ From: phone, Body: "START", MessageSid: "SMsame" })).status).toBe(200);
    expect((await inbound({ From: phone, Body: "START", MessageSid: "SMsame" })).status).toBe(200);
    // Texts flow again: a status change reaches the number.
    const police = await makeViewer(env.db, "POLICE", "BO");
    await env.db.case.update({ where: { id: b.id }, data: { status: "REPORTED" } });
    await changeCaseStatus(police, {
      caseNumber: b.caseNumber,
      from: "REPORTED",
      to: "VERIFIED",
      reason: "ok",
    });
    await until(() => textsTo(phone).length === 3);
    await new Promise((r) => setTimeout(r, 1500));
    expect(textsTo(phone)).toHaveLength(3);
    expect(await env.db.outboundMessage.count({ where: { template: "family.smsStarted" } })).toBe(1);
  });

  it("the local words count (ALTA, INICIO for a Spanish reporter); a number that never asked for texts is not opted in", async () => {
    for (const [i, word] of ["Alta", "inicio", "REANUDAR"].entries()) {
      const phone = `+5917123510${i}`;
      const c = await phoneCase(phone, "es");
      expect((await inbound({ From: phone, Body: "Basta" })).status).toBe(200);
      expect(await smsOn(c.id)).toBe(false);
      expect((await inbound({ From: phone, Body: word })).status).toBe(200);
      expect(await smsOn(c.id)).toBe(true);
      // The STOP confirmation still waiting when START came is not sent: SMS is on again.
      await until(() => textsTo(phone).some((t) => t.get("Body")!.includes("volverá a recibir SMS")));
    }
    // Never opted in (or only by email): START writes nothing and sends nothing.
    const never = await phoneCase("+59171235200");
    await env.db.case.update({ where: { id: never.id }, data: { notifyByPhone: false } });
    expect((await inbound({ From: "+59171235200", Body: "START" })).status).toBe(200);
    expect(await smsOn(never.id)).toBe(false);
    expect(await events(never.id, "NOTIFICATIONS_RESUMED")).toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(textsTo("+59171235200")).toHaveLength(0);
  });
});

describe("the family's copy after START", () => {
  const stoppedRow = async (c: { caseNumber: string; trackingCode: string }) => {
    const copy = await getClaimCopy(c.caseNumber, c.trackingCode);
    const t = createTranslate("en", await loadResources("en", ["removal", "intake", "common", "checkins"]), [
      "removal",
      "intake",
      "common",
      "checkins",
    ]);
    const html = claimCopyHtml(copy, t, "en");
    return { at: copy.claim.notifyWithdrawnAt, row: html.match(/News stopped on<\/th><td>([^<]*)</)?.[1] };
  };

  it("no longer says news stopped once SMS is on again", async () => {
    const phone = "+59171235600";
    const c = await phoneCase(phone);
    expect((await inbound({ From: phone, Body: "STOP" })).status).toBe(200);
    const stopped = await stoppedRow(c);
    expect(stopped.at).not.toBeNull();
    expect(stopped.row).not.toBe("—");
    expect((await inbound({ From: phone, Body: "START" })).status).toBe(200);
    expect(await stoppedRow(c)).toEqual({ at: null, row: "—" });
  });

  it("keeps the date email was stopped when only SMS comes back", async () => {
    const phone = "+59171235601";
    const c = await phoneCase(phone);
    expect(await withdrawEmailUpdatesOfCase(c.id, "EMAIL")).toBe("withdrawn");
    const emailStop = await env.db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, type: "NOTIFICATIONS_WITHDRAWN", field: "notifyByEmail" },
      select: { createdAt: true },
    });
    await new Promise((r) => setTimeout(r, 20)); // the SMS stop gets a later time
    expect((await inbound({ From: phone, Body: "STOP" })).status).toBe(200);
    expect((await stoppedRow(c)).at!.getTime()).toBeGreaterThan(emailStop.createdAt.getTime());
    expect((await inbound({ From: phone, Body: "START" })).status).toBe(200);
    const after = await stoppedRow(c);
    expect(after.at).toEqual(emailStop.createdAt);
    expect(after.row).not.toBe("—");
  });
});

describe("the signed URL without PUBLIC_URL or NEXTAUTH_URL", () => {
  let saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    saved = { PUBLIC_URL: process.env.PUBLIC_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
  });
  const unsetPublic = () => {
    delete process.env.PUBLIC_URL;
    delete process.env.NEXTAUTH_URL;
  };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    delete process.env.TRUST_PROXY;
    delete process.env.SMS_WEBHOOK_SHARED_KEY;
  });
  const INTERNAL = "http://127.0.0.1:3000/api/sms/inbound?src=vendor";
  const PUBLIC = "https://portal.example.org/api/sms/inbound?src=vendor";
  /** A STOP reaching the app at INTERNAL through a proxy that forwards PUBLIC, signed over `url`. */
  const stopThroughProxy = async (phone: string, url: string) =>
    (
      await inbound(
        { From: phone, Body: "STOP" },
        {
          url,
          requestUrl: INTERNAL,
          headers: { "x-forwarded-proto": "https", "x-forwarded-host": "portal.example.org, 10.0.0.2" },
        },
      )
    ).status;

  // Trusted, the proxy's forwarded scheme and host (and the query) are what the vendor signed;
  // untrusted, forwarded headers are ignored and the request's own URL is checked.
  it.each([
    { trustProxy: "1", phone: "+59171235300", signed: PUBLIC, other: INTERNAL },
    { trustProxy: "0", phone: "+59171235400", signed: INTERNAL, other: PUBLIC },
  ])("TRUST_PROXY=$trustProxy: a signature over $signed passes, over $other not", async (t) => {
    unsetPublic();
    process.env.TRUST_PROXY = t.trustProxy;
    const c = await phoneCase(t.phone);
    expect(await stopThroughProxy(t.phone, t.other)).toBe(403);
    expect(await smsOn(c.id)).toBe(true);
    expect(await stopThroughProxy(t.phone, t.signed)).toBe(200);
    expect(await smsOn(c.id)).toBe(false);
  });

  it("a Webhooks Rule's HMAC-SHA256 signature: accepted with the shared key, refused without it or with another algorithm", async () => {
    const c = await phoneCase("+59171235500");
    const settings = { "x-twilio-webhooks-signature-settings": "key=WS123,algorithm=HMAC_SHA256" };
    const signed = { headers: settings, token: "shared-secret", algorithm: "sha256" as const };
    expect((await inbound({ From: "+59171235500", Body: "STOP" }, signed)).status).toBe(403);
    process.env.SMS_WEBHOOK_SHARED_KEY = "shared-secret";
    // The auth token's SHA-1 signature does not pass under a settings header.
    expect((await inbound({ From: "+59171235500", Body: "STOP" }, { headers: settings })).status).toBe(403);
    const md5 = { "x-twilio-webhooks-signature-settings": "key=WS123,algorithm=HMAC_MD5" };
    expect((await inbound({ From: "+59171235500", Body: "STOP" }, { ...signed, headers: md5 })).status).toBe(
      403,
    );
    expect(await smsOn(c.id)).toBe(true);
    expect((await inbound({ From: "+59171235500", Body: "STOP" }, signed)).status).toBe(200);
    expect(await smsOn(c.id)).toBe(false);
  });
});
