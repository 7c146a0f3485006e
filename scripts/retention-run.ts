// npm run retention:run [-- --dry-run] — applies the retention rules now (decision 143), as the
// nightly retention-run job does at 02:35 UTC, or with --dry-run reports what it would take and
// changes nothing. After a restore from a backup, run it before the portal is opened to users,
// so that rows deleted since the backup was taken are deleted again (DEPLOYMENT.md, "Backups").
// Runs under the "react-server" export condition, like the worker, so that data modules marked
// `import "server-only"` load outside Next.
import { env } from "../src/server/env";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  if (!env().DATABASE_URL) {
    // PGlite allows one process per data directory: the web process owns it and runs the job.
    console.error(
      "Reencuentro retention: DATABASE_URL is unset. On the embedded database the job runs inside `npm start`.",
    );
    process.exit(1);
  }
  const { getDbHandle } = await import("../src/server/db");
  const { applyRetention, reportRetention } = await import("../src/features/retention/data");
  const { SYSTEM_ACTOR } = await import("../src/server/policy");
  const handle = await getDbHandle();
  try {
    const r = dryRun
      ? await reportRetention(handle.db, new Date())
      : await applyRetention(SYSTEM_ACTOR, handle.db);
    const taken: Record<string, number> = {};
    for (const s of r.selections) taken[s.kind] = (taken[s.kind] ?? 0) + s.count;
    // One line a person or a restore checklist can read: what was (or would be) soft-deleted
    // now, and what passed its 3-day undo window and was (or would be) purged.
    console.log(JSON.stringify({ dryRun, softDeleted: taken, purged: r.purge }));
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error("Reencuentro retention failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
