// A throwaway PostgreSQL cluster for the fault benchmark: created on a spare port with Debian's
// pg_createcluster (trust auth on 127.0.0.1 only), crashed with an immediate stop, dropped at
// the end. Needs root (or the postgres user) and PostgreSQL's server packages.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

export async function sparePort(from: number, to: number): Promise<number> {
  for (let p = from; p <= to; p++) if (await portFree(p)) return p;
  throw new Error(`no free port in ${from}-${to}`);
}

function serverVersion(): string {
  const versions = fs.readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v));
  if (!versions.length) throw new Error("PostgreSQL server packages not found (/usr/lib/postgresql)");
  return versions.sort((a, b) => Number(b) - Number(a))[0]!;
}

export class FaultCluster {
  readonly version = serverVersion();
  constructor(
    readonly name: string,
    readonly port: number,
  ) {}

  get url() {
    return `postgresql://postgres@127.0.0.1:${this.port}/reencuentro_faults`;
  }

  private ctl(...args: string[]) {
    execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", this.version, this.name, ...args], {
      stdio: "pipe",
    });
  }

  create() {
    execFileSync("pg_createcluster", [this.version, this.name, "--port", String(this.port)], {
      stdio: "pipe",
    });
    const conf = `/etc/postgresql/${this.version}/${this.name}`;
    fs.writeFileSync(
      `${conf}/pg_hba.conf`,
      "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n",
    );
    fs.appendFileSync(`${conf}/postgresql.conf`, "\nlisten_addresses = '127.0.0.1'\nmax_connections = 60\n");
    this.start();
    execFileSync("psql", [
      "-h",
      "127.0.0.1",
      "-p",
      String(this.port),
      "-U",
      "postgres",
      "-qc",
      "CREATE DATABASE reencuentro_faults",
    ]);
  }

  start() {
    this.ctl("start");
  }

  /** A crash as far as clients are concerned: no checkpoint, connections cut, recovery on start. */
  crash() {
    this.ctl("stop", "-m", "immediate");
  }

  drop() {
    try {
      execFileSync("pg_dropcluster", ["--stop", this.version, this.name], { stdio: "pipe" });
    } catch (err) {
      console.error(`could not drop cluster ${this.name}:`, (err as Error).message);
    }
  }
}
