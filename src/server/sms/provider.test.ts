// The adapter against a local HTTP server that behaves like the vendor's Messages endpoint.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PhoneSendError, twilioProvider } from "./provider";

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  form: URLSearchParams;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let answer: { status: number; body: object } = { status: 201, body: {} };

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = "";
    req.on("data", (c) => (s += c));
    req.on("end", () => resolve(s));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const form = new URLSearchParams(await read(req));
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, form });
    res.writeHead(answer.status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
  answer = { status: 201, body: { sid: "SM0123456789abcdef", status: "queued" } };
});

const provider = () =>
  twilioProvider({
    baseUrl: base,
    accountSid: "AC123",
    authToken: "secret-token",
    smsFrom: "+15005550006",
    whatsappFrom: "whatsapp:+14155238886",
  });

describe("Twilio-compatible phone adapter", () => {
  it("posts the form with basic auth to the account's Messages endpoint", async () => {
    const r = await provider().send({ to: "+59171234567", body: "Hay novedades.", channel: "SMS" });
    expect(r).toEqual({ providerId: "SM0123456789abcdef", segments: 1, encoding: "GSM-7" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.url).toBe("/2010-04-01/Accounts/AC123/Messages.json");
    expect(seen[0]!.auth).toBe(`Basic ${Buffer.from("AC123:secret-token").toString("base64")}`);
    expect(Object.fromEntries(seen[0]!.form)).toEqual({
      To: "+59171234567",
      From: "+15005550006",
      Body: "Hay novedades.",
    });
  });

  it("sends WhatsApp with the whatsapp: prefix on both numbers", async () => {
    await provider().send({ to: "+59171234567", body: "Ñe'ẽ", channel: "WHATSAPP" });
    expect(seen[0]!.form.get("To")).toBe("whatsapp:+59171234567");
    expect(seen[0]!.form.get("From")).toBe("whatsapp:+14155238886");
  });

  it("reports the parts of a long UCS-2 message", async () => {
    const r = await provider().send({ to: "+59171234567", body: "ã".repeat(100), channel: "SMS" });
    expect(r).toMatchObject({ segments: 2, encoding: "UCS-2" });
  });

  it("a vendor refusal is permanent, a 5xx or 429 is not", async () => {
    answer = { status: 400, body: { code: 21211, message: "Invalid 'To' Phone Number" } };
    const refused = await provider()
      .send({ to: "+59171234567", body: "x", channel: "SMS" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PhoneSendError);
    expect((refused as PhoneSendError).permanent).toBe(true);
    expect((refused as PhoneSendError).message).toContain("21211");

    for (const status of [429, 503]) {
      answer = { status, body: {} };
      const e = await provider()
        .send({ to: "+59171234567", body: "x", channel: "SMS" })
        .catch((err: unknown) => err);
      expect((e as PhoneSendError).permanent).toBe(false);
    }
  });

  it("refuses without calling the vendor: a malformed number, too many parts", async () => {
    await expect(provider().send({ to: "71234567", body: "x", channel: "SMS" })).rejects.toThrow(/E\.164/);
    await expect(
      provider().send({ to: "+59171234567", body: "a".repeat(700), channel: "SMS" }),
    ).rejects.toThrow(/parts/);
    expect(seen).toHaveLength(0);
  });
});
