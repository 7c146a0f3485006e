// npm run worker — runs the background jobs (src/server/jobs/catalog.ts) in a process of its own,
// beside the web processes; start as many as you like (pg-boss hands each job to one of them).
// Runs under the "react-server" export condition (see package.json) so that data modules marked
// `import "server-only"` load outside Next, as they do inside it.
import { env } from "../src/server/env";
import { describeDbError } from "../src/server/db-errors";
import { MigrationError, pendingMigrations } from "../src/server/migrations";
import { connectSql } from "../src/server/sql-client";

async function checkDatabase(url: string): Promise<string | null> {
  let db;
  try {
    db = await connectSql(url);
  } catch (err) {
    return describeDbError(err);
  }
  try {
    const pending = await pendingMigrations(db);
    return pending.length ? `The database has pending migrations. Run \`npm run db:migrate\` first.` : null;
  } catch (err) {
    return err instanceof MigrationError ? err.message : describeDbError(err);
  } finally {
    await db.close();
  }
}

async function main() {
  const settings = env();
  const url = settings.DATABASE_URL;
  if (!url) {
    // PGlite allows one process per data directory: the web process owns it.
    console.error(
      "Reencuentro worker: DATABASE_URL is unset. On the embedded database the jobs run inside `npm start`; a separate worker needs PostgreSQL.",
    );
    process.exit(1);
  }
  const problem = await checkDatabase(url);
  if (problem) {
    console.error(`Reencuentro worker cannot start: ${problem}`);
    process.exit(1);
  }
  if (!settings.NEXTAUTH_SECRET && !settings.NOTIFY_SECRET) {
    console.warn(
      "NEXTAUTH_SECRET is unset: emails cannot carry signed unsubscribe links and will wait. Use the web's secret.",
    );
  }
  const { startJobWorkers } = await import("../src/server/jobs");
  const { jobDefinitions } = await import("../src/server/jobs/registry");
  const { getDbHandle } = await import("../src/server/db");
  const engine = await startJobWorkers();
  console.log(`Reencuentro worker is running ${jobDefinitions().length} job(s) (pid ${process.pid})`);
  const metricsPort = settings.WORKER_METRICS_PORT;
  const { startWorkerMetrics } = await import("../src/server/worker-metrics");
  const metricsServer = metricsPort === undefined ? null : await startWorkerMetrics(metricsPort);
  if (metricsServer)
    console.log(`Worker metrics on http://${settings.WORKER_METRICS_HOST}:${metricsServer.port}/metrics`);
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      // Running jobs get a few seconds to finish; an unfinished one is retried after it expires.
      setTimeout(() => process.exit(0), 15_000).unref();
      void metricsServer?.close();
      void engine
        .stop(10_000)
        .then(async () => (await getDbHandle()).close())
        .finally(() => process.exit(0));
    });
  }
}

void main();
