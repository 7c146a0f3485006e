// The set-up the notification integration tests share, as vitest hooks: a fresh database, a
// real local SMTP server and/or a local HTTP server playing the SMS vendor, the settings that
// point the portal at them, and a job engine on the test database working the given jobs.
// `restartEngine(false)` stops delivery (a fresh engine that queues but does not work) so a
// test can change something before the message goes out; `restartEngine()` starts it again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition, type JobName } from "@/server/jobs/registry";
import { resetMailConfig } from "@/server/mail/config";
import { closeMailTransport } from "@/server/mail/transport";
import { startSmtpTestServer } from "./smtp-test-server";
import { closeAppTestDb, openAppTestDb, type TestDb } from "./test-db";

/** Waits for a condition that a worker makes true (polling every 100 ms). */
export async function until(cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;

/** A local Twilio-compatible Messages API: records every text; `refuse` answers 400 (code 21610). */
export interface SmsTestVendor {
  url: string;
  texts: URLSearchParams[];
  refuse: boolean;
  close(): Promise<void>;
}

export async function startSmsTestVendor(): Promise<SmsTestVendor> {
  const texts: URLSearchParams[] = [];
  const vendor: SmsTestVendor = { url: "", texts, refuse: false, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      res.writeHead(vendor.refuse ? 400 : 201, { "Content-Type": "application/json" });
      if (vendor.refuse) return res.end(JSON.stringify({ code: 21610, message: "Unsubscribed recipient" }));
      texts.push(new URLSearchParams(body));
      res.end(JSON.stringify({ sid: `SM${texts.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  vendor.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vendor.close = () => new Promise<void>((r) => server.close(() => r()));
  return vendor;
}

export interface NotifyEnvOptions {
  /** Jobs the engine works (their modules must be imported by the test). */
  jobs: readonly JobName[];
  smtp?: boolean;
  sms?: boolean;
  /** Extra settings, applied after the defaults. */
  env?: Record<string, string>;
  /** Only create the queues; the test starts workers itself (default: start them). */
  work?: boolean;
}

export interface NotifyEnv {
  testDb: TestDb;
  db: PrismaClient;
  smtp: SmtpTestServer;
  sms: SmsTestVendor;
  engine: JobEngine;
  /** Replaces the engine: a new one that works the jobs (or, with false, only queues). */
  restartEngine(work?: boolean): Promise<void>;
}

export const SMS_TEST_TOKEN = "token";

export function withNotifyEnv(opts: NotifyEnvOptions): NotifyEnv {
  const env = {} as NotifyEnv;
  const defs = () => opts.jobs.map((name) => jobDefinition(name)!);
  env.restartEngine = async (work = true) => {
    await env.engine?.stop(2000);
    env.engine = new JobEngine({ prisma: env.db, url: env.testDb.url }, { maintenanceIntervalSeconds: 1 });
    setJobEngine(env.engine);
    if (work) await env.engine.startWorkers(defs());
    else await env.engine.ensureQueues(defs());
  };
  beforeAll(async () => {
    env.testDb = await openAppTestDb();
    env.db = env.testDb.db;
    process.env.PUBLIC_URL = "https://reencuentro.test";
    process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
    if (opts.smtp) {
      env.smtp = await startSmtpTestServer();
      process.env.SMTP_URL = env.smtp.url;
      process.env.MAIL_FROM = "Reencuentro <no-reply@reencuentro.test>";
    }
    if (opts.sms) {
      env.sms = await startSmsTestVendor();
      Object.assign(process.env, {
        SMS_API_BASE_URL: env.sms.url,
        SMS_ACCOUNT_SID: "AC123",
        SMS_AUTH_TOKEN: SMS_TEST_TOKEN,
        SMS_FROM: "+15005550006",
      });
    }
    Object.assign(process.env, opts.env ?? {});
    resetMailConfig();
    for (const name of opts.jobs)
      if (!jobDefinition(name)) throw new Error(`job ${name} is not registered: import its jobs.ts`);
    await env.restartEngine(opts.work ?? true);
  });
  afterAll(async () => {
    await env.engine?.stop(2000);
    setJobEngine(undefined);
    closeMailTransport();
    await env.smtp?.close();
    await env.sms?.close();
    if (env.testDb) await closeAppTestDb(env.testDb);
  });
  return env;
}
