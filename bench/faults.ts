// npm run bench:faults — intake through database crashes and an app crash, then the ledger.
// Not part of CI: it creates (and drops) a PostgreSQL cluster of its own on a spare port, which
// needs root and the PostgreSQL server packages, and it takes about two minutes.
// Schedule: 10 clients file claims through POST /api/v1/claims for FAULT_SECONDS (default 45),
// retrying each claim with its Idempotency-Key until acknowledged; the database is stopped with
// `-m immediate` three times (down 3 s each) and the app process is killed (SIGKILL) once.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FaultCluster, sparePort } from "./fault-cluster";
import { AppProcess } from "./fault-app";
import { checkLedger } from "./fault-ledger";
import { runLoad } from "./fault-load";
import { appendFaultReport, type Fault } from "./fault-report";

const CLIENTS = 10;
const SECONDS = Number(process.env.FAULT_SECONDS ?? 45);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const cluster = new FaultCluster(`reen_faults_${process.pid}`, await sparePort(5440, 5499));
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "reen-faults-"));
  let app: AppProcess | undefined;
  try {
    cluster.create();
    const env = { ...process.env, DATABASE_URL: cluster.url };
    execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "pipe" });
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
    app = new AppProcess(await sparePort(3290, 3399), {
      DATABASE_URL: cluster.url,
      NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex"),
      RATE_LIMIT_MULTIPLIER: "1000",
      UPLOAD_DIR: uploads,
    });
    await app.start();

    const t0 = Date.now();
    const stopAt = t0 + SECONDS * 1000;
    const load = runLoad(app.origin, CLIENTS, stopAt, stopAt + 90_000);
    const faults: Fault[] = [];
    const at = (fraction: number) => sleep(Math.max(0, t0 + SECONDS * 1000 * fraction - Date.now()));
    for (const fraction of [0.15, 0.35, 0.55]) {
      await at(fraction);
      cluster.crash();
      const down = Date.now();
      await sleep(3000);
      cluster.start();
      faults.push({ kind: "database immediate stop (down 3 s)", at: down, back: Date.now() });
    }
    await at(0.75);
    app.kill();
    const killed = Date.now();
    await app.start();
    faults.push({ kind: "app process SIGKILL + restart", at: killed, back: Date.now() });

    const stats = await load;
    const ledger = await checkLedger(cluster.url, stats.acked);
    appendFaultReport({ clients: CLIENTS, seconds: SECONDS, stats, ledger, faults, t0 });
    const ok =
      ledger.lost === 0 && ledger.duplicates === 0 && ledger.wrongNumber === 0 && stats.conflictingAcks === 0;
    console.log(ok ? "ledger OK" : "LEDGER BROKEN");
    process.exitCode =
      ok && ledger.numberGaps === 0 && ledger.numberRepeats === 0 && ledger.missingCreated === 0 ? 0 : 1;
  } finally {
    await app?.stop();
    cluster.drop();
    fs.rmSync(uploads, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
