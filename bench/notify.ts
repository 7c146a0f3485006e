// npm run bench:notify [-- --n 10000] — the family-email outbox under load (issue 12):
// 1. N status changes (REPORTED -> VERIFIED through changeCaseStatus) on cases whose reporter
//    did not ask for news (no message) and N on cases whose reporter did (outbox row + job in
//    the same transaction): p50/p99 of each and the difference (the outbox's cost);
// 2. the queued messages delivered to a local SMTP server (smtp-server) by 1 worker engine,
//    then the next batch by 2 (own pools, like two `npm run worker` processes): messages/s,
//    lost (rows not SENT) and sent twice (SMTP messages per outbox row).
// Appends a row to docs/BENCHMARKS.md with the load average. Asserts no time.
import fs from "node:fs";
import os from "node:os";
import { fillCases, recreateDatabase } from "./bench-data";
import { percentile } from "./stats";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = option("n", 10_000);
const URL_ = process.env.BENCH_NOTIFY_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_bench_notify";
const log = (m: string) => console.log(m);

async function main() {
  process.env.DATABASE_URL = URL_;
  process.env.NEXTAUTH_SECRET ??= "bench-notify-secret";
  process.env.PUBLIC_URL = "https://reencuentro.bench";
  // Before anything reads the settings: outside tests env() parses them once (the migrations in
  // recreateDatabase do), and an SMTP_URL set later is never seen, so every delivery failed.
  const { startSmtpTestServer } = await import("../src/testing/smtp-test-server");
  const smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  log(`Preparing ${4 * N} cases`);
  await recreateDatabase(URL_);
  await fillCases(URL_, 4 * N, 20261202, () => undefined);
  const { getDb } = await import("../src/server/db");
  const db = await getDb();
  const { changeCaseStatus } = await import("../src/features/cases/data/workflow");
  const { JobEngine } = await import("../src/server/jobs/engine");
  const { setJobEngine } = await import("../src/server/jobs");
  const { jobDefinition } = await import("../src/server/jobs/registry");
  await import("../src/server/outbox/jobs");
  const { createUser } = await import("../src/testing/factories");
  const { toViewer } = await import("../src/server/viewer");
  const deliver = jobDefinition("message-deliver")!;
  const sender = new JobEngine({ prisma: db, url: URL_ });
  setJobEngine(sender);
  await sender.ensureQueues([deliver]);

  // Four groups of N cases, all BZ-like: the bench data spreads countries, so use each case's own.
  const cases = await db.case.findMany({
    select: { id: true, caseNumber: true, countryCode: true },
    orderBy: { id: "asc" },
  });
  await db.case.updateMany({ data: { status: "REPORTED" } });
  const groups = [0, 1, 2, 3].map((g) => cases.slice(g * N, (g + 1) * N));
  const optIn = groups
    .slice(1)
    .flat()
    .map((c) => c.id);
  for (let i = 0; i < optIn.length; i += 5000) {
    await db.case.updateMany({
      where: { id: { in: optIn.slice(i, i + 5000) } },
      data: { notifyByEmail: true, reporterEmail: "familia@example.org", reporterLocale: "es" },
    });
  }
  const viewers = new Map<string, Awaited<ReturnType<typeof toViewer>>>();
  const viewerFor = async (country: string) => {
    if (!viewers.has(country)) {
      const u = await createUser(db, {
        email: `police.${country}@bench.test`,
        role: "POLICE",
        countryCode: country,
        passwordHash: "x",
      });
      viewers.set(country, toViewer(u));
    }
    return viewers.get(country)!;
  };
  const timeChanges = async (group: typeof cases) => {
    const times: number[] = [];
    for (const c of group) {
      const viewer = await viewerFor(c.countryCode);
      const t0 = performance.now();
      await changeCaseStatus(viewer, {
        caseNumber: c.caseNumber,
        from: "REPORTED",
        to: "VERIFIED",
        reason: "Bench",
      });
      times.push(performance.now() - t0);
    }
    return times;
  };
  log("Status changes without a message");
  const without = await timeChanges(groups[0]!);
  log("Status changes with an outbox message (1/2)");
  const withOutbox = await timeChanges(groups[1]!);

  const deliverAll = async (engines: number, expected: number) => {
    const before = smtp.mails.length;
    const list = Array.from(
      { length: engines },
      () => new JobEngine({ prisma: db, url: URL_ }, { schedule: false }),
    );
    const t0 = performance.now();
    for (const e of list) await e.startWorkers([deliver]);
    while ((await db.outboundMessage.count({ where: { status: "SENT" } })) < expected) {
      await new Promise((r) => setTimeout(r, 200));
      if (performance.now() - t0 > 20 * 60_000) break;
    }
    const seconds = (performance.now() - t0) / 1000;
    for (const e of list) await e.stop(5000);
    return { seconds, rate: (smtp.mails.length - before) / seconds };
  };
  log("Delivering with 1 worker");
  const one = await deliverAll(1, N);
  log("Status changes with an outbox message (2/2)");
  withOutbox.push(...(await timeChanges(groups[2]!)));
  log("Delivering with 2 workers");
  const two = await deliverAll(2, 2 * N);

  const rows = await db.outboundMessage.findMany({ select: { id: true, status: true } });
  const lost = rows.filter((r) => r.status !== "SENT").length;
  const perId = new Map<string, number>();
  for (const m of smtp.mails) {
    const id = /<([0-9a-f-]{36})@/.exec(m.headers["message-id"] ?? "")?.[1] ?? "";
    perId.set(id, (perId.get(id) ?? 0) + 1);
  }
  const twice = [...perId.values()].filter((n) => n > 1).length;
  const p = (v: number[], q: number) => percentile(v, q);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  const row = `| ${new Date().toISOString().slice(0, 16)} | ${N} | ${p(without, 50).toFixed(1)} / ${p(without, 99).toFixed(1)} ms | ${p(withOutbox, 50).toFixed(1)} / ${p(withOutbox, 99).toFixed(1)} ms | +${(p(withOutbox, 50) - p(without, 50)).toFixed(1)} / +${(p(withOutbox, 99) - p(without, 99)).toFixed(1)} ms | ${one.rate.toFixed(0)}/s | ${two.rate.toFixed(0)}/s | ${lost} | ${twice} | 2 cores, load ${load} |`;
  log(row);
  const file = "docs/BENCHMARKS.md";
  const text = fs.readFileSync(file, "utf8");
  const header = "## Family email outbox (npm run bench:notify)";
  const at = text.indexOf(header);
  if (at >= 0) {
    // Under the table's last row: later sections follow this one, so appending would land the row
    // under another table.
    const tableEnd = text.indexOf("\n\n", text.indexOf("\n| ", at + header.length) + 1);
    const cut = tableEnd < 0 ? text.length : tableEnd;
    fs.writeFileSync(file, `${text.slice(0, cut)}\n${row}${text.slice(cut)}`);
  } else
    fs.appendFileSync(
      file,
      `\n${header}\n\nStatus changes through changeCaseStatus without a family message vs with one (outbox row + delivery job in the same transaction), one after the other; then the queued messages delivered to a local SMTP server (smtp-server) by 1 and by 2 worker engines with their own pools. Lost: outbox rows not SENT at the end; twice: SMTP messages per row above 1. Targets (issue 12, 2 cores): outbox overhead p99 <= 5 ms, >= 200 emails/s with 2 workers, 0 lost, 0 twice.\n\n| run (UTC) | changes per group | without p50 / p99 | with outbox p50 / p99 | overhead p50 / p99 | delivered, 1 worker | delivered, 2 workers | lost | twice | machine |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${row}\n`,
    );
  setJobEngine(undefined);
  await sender.stop();
  await smtp.close();
  await db.$disconnect();
  process.exit(0);
}

void main();
