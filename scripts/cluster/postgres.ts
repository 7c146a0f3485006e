// Throwaway PostgreSQL clusters for `npm run cluster` and `npm run bench:cluster`: a primary and a
// streaming-replication hot standby made from it with pg_basebackup, through Debian's
// postgresql-common tools (pg_createcluster, pg_ctlcluster, pg_dropcluster). Needs root, since
// those tools create clusters owned by the postgres user.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export const PG_VERSION = process.env.CLUSTER_PG_VERSION ?? "15";

export const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"] }).toString();
export const asPostgres = (cmd: string, args: string[]) =>
  run("runuser", ["-u", "postgres", "--", cmd, ...args]);

export interface PgCluster {
  name: string;
  port: number;
  dataDir: string;
  confDir: string;
  url(db?: string): string;
  start(): void;
  /** `-m immediate` is a crash (the bench's "replica stopped"); `fast` a clean stop. */
  stop(mode?: "fast" | "immediate"): void;
  drop(): void;
}

export function cluster(name: string, port: number): PgCluster {
  const dataDir = `/var/lib/postgresql/${PG_VERSION}/${name}`;
  const confDir = `/etc/postgresql/${PG_VERSION}/${name}`;
  return {
    name,
    port,
    dataDir,
    confDir,
    url: (db = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    start: () => void run("pg_ctlcluster", ["--skip-systemctl-redirect", PG_VERSION, name, "start"]),
    stop: (mode = "fast") =>
      void run("pg_ctlcluster", ["--skip-systemctl-redirect", PG_VERSION, name, "stop", "-m", mode]),
    drop: () => {
      try {
        run("pg_dropcluster", ["--stop", PG_VERSION, name]);
      } catch {
        // not there (never created, or dropped already)
      }
    },
  };
}

/** Trust on loopback (a throwaway cluster on a developer machine), replication included. */
export function configure(c: PgCluster, extra: string[] = []) {
  fs.writeFileSync(
    `${c.confDir}/pg_hba.conf`,
    [
      "local all all trust",
      "host all all 127.0.0.1/32 trust",
      "local replication all trust",
      "host replication all 127.0.0.1/32 trust",
      "",
    ].join("\n"),
  );
  fs.appendFileSync(
    `${c.confDir}/postgresql.conf`,
    [
      "",
      "# npm run cluster",
      "listen_addresses = '127.0.0.1'",
      "wal_level = replica",
      "max_wal_senders = 5",
      "hot_standby = on",
      // Lets a standby's long lookup finish instead of being cancelled by replay for 5 s.
      "max_standby_streaming_delay = 5s",
      ...extra,
      "",
    ].join("\n"),
  );
}

export function primaryCluster(name: string, port: number, extraConf: string[] = []): PgCluster {
  const c = cluster(name, port);
  c.drop(); // left over from a run that was killed
  run("pg_createcluster", [PG_VERSION, name, "--port", String(port)]);
  configure(c, extraConf);
  c.start();
  return c;
}

/** A hot standby of `primary`: a new cluster whose data directory is a pg_basebackup -R. */
export function standbyCluster(name: string, port: number, primary: PgCluster): PgCluster {
  const c = cluster(name, port);
  c.drop();
  run("pg_createcluster", [PG_VERSION, name, "--port", String(port)]);
  configure(c);
  try {
    // Emptied, not removed: its parent is not the postgres user's to create directories in.
    for (const f of fs.readdirSync(c.dataDir))
      fs.rmSync(`${c.dataDir}/${f}`, { recursive: true, force: true });
    // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    asPostgres("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primary.port),
      "-U",
      "postgres",
      "-D",
      c.dataDir,
      "-R",
      "-X",
      "stream",
      // An immediate checkpoint: the default spreads it over minutes.
      "-c",
      "fast",
    ]);
    c.start();
  } catch (err) {
    c.drop();
    throw err;
  }
  return c;
}

/** Runs one statement and returns the first column of the first row. */
export async function scalar(url: string, sql: string): Promise<unknown> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const res = await client.query(sql);
    const row = res.rows[0] as Record<string, unknown> | undefined;
    return row ? Object.values(row)[0] : undefined;
  } finally {
    await client.end();
  }
}

/** Waits until `url` answers (a just-started cluster), up to `ms`. */
export async function waitForPostgres(url: string, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; ;) {
    try {
      await scalar(url, "SELECT 1");
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}
