// The restore drill of docs/DEPLOYMENT.md, as a script (root; ports 5442-5443): a primary with
// WAL archiving and the portal's schema and data, a compressed pg_basebackup, more writes, an
// "accident" (a table emptied), then a point-in-time restore of the base backup plus the
// archived WAL into a new cluster, stopped just before the accident. Prints how long the restore
// took and checks the restored rows. Every cluster and file it made is removed at the end.
//   node --import tsx scripts/cluster/restore-drill.ts [--cases 50000]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { fillCases } from "../../bench/bench-data";
import { asPostgres, cluster, configure, primaryCluster, run, scalar, waitForPostgres } from "./postgres";

const args = process.argv.slice(2);
const i = args.indexOf("--cases");
const CASES = i >= 0 ? Number(args[i + 1]) : 50_000;
const ARCHIVE = "/var/lib/postgresql/reen_drill_archive";
const BASE = "/var/lib/postgresql/reen_drill_base";
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

async function main() {
  for (const d of [ARCHIVE, BASE]) {
    fs.rmSync(d, { recursive: true, force: true });
    fs.mkdirSync(d);
    run("chown", ["postgres:postgres", d]);
  }
  const primary = primaryCluster("reen_drill_primary", 5442, [
    "archive_mode = on",
    `archive_command = 'test ! -f ${ARCHIVE}/%f && cp %p ${ARCHIVE}/%f'`,
  ]);
  const restored = cluster("reen_drill_restore", 5443);
  try {
    await waitForPostgres(primary.url());
    await scalar(primary.url(), "CREATE DATABASE reencuentro");
    const url = primary.url("reencuentro");
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], { env, stdio: "inherit" });
    log(`filling ${CASES} cases`);
    await fillCases(url, CASES, 1203, () => undefined);
    log("pg_basebackup -Ft -z -X fetch");
    let t = Date.now();
    asPostgres("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      "5442",
      "-U",
      "postgres",
      "-D",
      BASE,
      "-Ft",
      "-z",
      "-X",
      "fetch",
      "-c",
      "fast",
    ]);
    const backupS = (Date.now() - t) / 1000;
    const backupMb = fs.readdirSync(BASE).reduce((n, f) => n + fs.statSync(`${BASE}/${f}`).size, 0) / 1e6;
    // Writes after the backup, which only the archived WAL holds.
    await scalar(url, `CREATE TABLE drill_after_backup AS SELECT g AS n FROM generate_series(1, 1000) g`);
    const cases = Number(await scalar(url, `SELECT count(*) FROM "Case"`));
    await new Promise((r) => setTimeout(r, 1100));
    const target = String(await scalar(url, "SELECT now()::text"));
    await new Promise((r) => setTimeout(r, 1100));
    await scalar(url, "DELETE FROM drill_after_backup"); // the accident
    await scalar(url, "SELECT pg_switch_wal()::text");
    await new Promise((r) => setTimeout(r, 2000)); // the archiver copies the last segment
    primary.stop("immediate"); // the primary is lost
    log(`restoring to ${target} (before the accident)`);
    t = Date.now();
    run("pg_createcluster", ["15", restored.name, "--port", "5443"]);
    configure(restored, [
      `restore_command = 'cp ${ARCHIVE}/%f %p'`,
      `recovery_target_time = '${target}'`,
      "recovery_target_action = 'promote'",
    ]);
    for (const f of fs.readdirSync(restored.dataDir))
      fs.rmSync(`${restored.dataDir}/${f}`, { recursive: true, force: true });
    run("tar", ["xzf", `${BASE}/base.tar.gz`, "-C", restored.dataDir]);
    // With -X fetch the WAL is inside base.tar.gz; -X stream writes it to pg_wal.tar.gz beside it.
    if (fs.existsSync(`${BASE}/pg_wal.tar.gz`))
      run("tar", ["xzf", `${BASE}/pg_wal.tar.gz`, "-C", `${restored.dataDir}/pg_wal`]);
    fs.writeFileSync(`${restored.dataDir}/recovery.signal`, "");
    run("chown", ["-R", "postgres:postgres", restored.dataDir]);
    restored.start();
    const rurl = restored.url("reencuentro");
    await waitForPostgres(rurl, 120_000);
    while ((await scalar(rurl, "SELECT pg_is_in_recovery()")) === true)
      await new Promise((r) => setTimeout(r, 200));
    const restoreS = (Date.now() - t) / 1000;
    const kept = Number(await scalar(rurl, "SELECT count(*) FROM drill_after_backup"));
    const restoredCases = Number(await scalar(rurl, `SELECT count(*) FROM "Case"`));
    const ok = kept === 1000 && restoredCases === cases;
    console.log(
      `Restore drill: ${cases} cases; base backup ${backupS.toFixed(1)} s, ${backupMb.toFixed(1)} MB compressed; ` +
        `point-in-time restore to promoted and answering ${restoreS.toFixed(1)} s; ` +
        `rows written after the backup and before the target: ${kept}/1000; cases ${restoredCases}/${cases}: ${ok ? "OK" : "MISMATCH"}; ` +
        `load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / ")}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    restored.drop();
    primary.drop();
    fs.rmSync(ARCHIVE, { recursive: true, force: true });
    fs.rmSync(BASE, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
