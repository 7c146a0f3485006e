// npm start [-- -p PORT] — serves the built portal, but only on a reachable, fully migrated
// database: a half-migrated app would fail in confusing ways later, so refuse with a clear
// message instead. The check closes its connection before Next opens its own (PGlite allows
// only one process per data directory).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describeDbError } from "../src/server/db-errors";
import { MigrationError, pendingMigrations } from "../src/server/migrations";
import { connectSql } from "../src/server/sql-client";

async function checkDatabase(): Promise<string | null> {
  let db;
  try {
    db = await connectSql();
  } catch (err) {
    return describeDbError(err);
  }
  try {
    const pending = await pendingMigrations(db);
    if (pending.length) {
      return `The database has ${pending.length} pending migration(s) (${pending.map((m) => m.name).join(", ")}). Run \`npm run db:migrate\` first.`;
    }
    return null;
  } catch (err) {
    return err instanceof MigrationError ? err.message : describeDbError(err);
  } finally {
    await db.close();
  }
}

/** A random secret created once per installation, for a single-process local run. */
function localSecret(): string {
  const file = path.resolve("data/nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const problem = await checkDatabase();
  if (problem) {
    console.error(`Reencuentro cannot start: ${problem}`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  if (!args.includes("-p") && !args.includes("--port") && process.env.PORT) args.push("-p", process.env.PORT);
  const flag = Math.max(args.indexOf("-p"), args.indexOf("--port"));
  const port = flag >= 0 ? args[flag + 1] : "3000";
  const env: NodeJS.ProcessEnv = {
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://localhost:${port}`,
    ...process.env,
  };
  if (!env.NEXTAUTH_SECRET) {
    env.NEXTAUTH_SECRET = localSecret();
    console.warn(
      "NEXTAUTH_SECRET is unset: using a secret kept in ./data. Set NEXTAUTH_SECRET when running several processes.",
    );
  }
  const next = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", ...args], { stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

void main();
