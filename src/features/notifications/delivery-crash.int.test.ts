// A worker killed in the middle of sending (the SMTP server has the message's DATA but never
// answered) leaves the committed message behind; another worker delivers it later, exactly
// once. The first worker is a real `npm run worker` process, killed with SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/features/cases/data/workflow";
import { fileCase } from "@/features/cases/test-fixtures";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { resetMailConfig } from "@/server/mail/config";
import { closeMailTransport } from "@/server/mail/transport";
import { startSmtpTestServer } from "@/testing/smtp-test-server";
import type { TestDb } from "@/testing/test-db";
import { until as untilWithin } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let sender: JobEngine;
let rescuer: JobEngine | undefined;
let child: ChildProcess | undefined;

// A dead worker is given up after seconds, not at once: wait longer than the default.
const until = (cond: () => boolean | Promise<boolean>) => untilWithin(cond, 30_000);

beforeAll(async () => {
  testDb = await openAppTestDb();
  smtp = await startSmtpTestServer();
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    PUBLIC_URL: "https://reencuentro.test",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-for-unsubscribe-links",
    // A dead worker's attempt is given up after 3 s (default 120 s), retried after 1 s.
    MESSAGE_SEND_TIMEOUT_SECONDS: "3",
    MESSAGE_RETRY_SECONDS: "1",
  });
  resetMailConfig();
  await import("@/server/outbox/jobs");
  sender = new JobEngine({ prisma: testDb.db, url: testDb.url });
  setJobEngine(sender);
  await sender.ensureQueues([jobDefinition("message-deliver")!]);
});

afterAll(async () => {
  child?.kill("SIGKILL");
  await rescuer?.stop(2000);
  await sender?.stop();
  setJobEngine(undefined);
  closeMailTransport();
  await smtp?.close();
  await closeAppTestDb(testDb);
});

describe("delivery after a crash", () => {
  it("a message whose worker died mid-send is delivered later, once", async () => {
    smtp.stallNext();
    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, DATABASE_URL: testDb.url },
    });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    // Start-up compiles the worker with tsx: on a loaded machine that alone took over 30 s.
    await untilWithin(() => /worker is running/.test(out), 120_000);

    const c = await fileCase(testDb.db, "BZ");
    const email = "familia.crash@example.org";
    await testDb.db.case.update({
      where: { id: c.id },
      data: { status: "REPORTED", reporterEmail: email, reporterLocale: "es", notifyByEmail: true },
    });
    const police = await makeViewer(testDb.db, "POLICE", "BZ");
    const dataStarted = smtp.nextData();
    await changeCaseStatus(police, {
      caseNumber: c.caseNumber,
      from: "REPORTED",
      to: "VERIFIED",
      reason: "Verified",
    });

    await dataStarted;
    const exited = new Promise((r) => child!.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    const stuck = await testDb.db.outboundMessage.findFirstOrThrow({ where: { caseId: c.id } });
    expect(stuck.status).toBe("SENDING");
    expect(smtp.mails).toHaveLength(0);

    rescuer = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
    await rescuer.startWorkers([jobDefinition("message-deliver")!]);
    await until(() => smtp.mails.length === 1);
    await until(
      async () => (await testDb.db.outboundMessage.count({ where: { caseId: c.id, status: "SENT" } })) === 1,
    );
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual([email]);
    const done = await testDb.db.outboundMessage.findFirstOrThrow({ where: { caseId: c.id } });
    expect(done).toMatchObject({ status: "SENT", attempts: 2 });
  }, 180_000);
});
