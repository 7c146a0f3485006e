import { execFileSync } from "node:child_process";
import pg from "pg";

// A fresh database for every e2e run: dropped, recreated, migrated and seeded with demo data.
// Part of the webServer command, because Playwright starts the web server before globalSetup.
async function main() {
  const url = new URL(process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_e2e");
  const name = url.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const env = { ...process.env, DATABASE_URL: url.toString() };
  execFileSync("npm", ["run", "--silent", "db:migrate"], { env, stdio: "inherit" });
  execFileSync("npm", ["run", "--silent", "db:seed:demo"], { env, stdio: "inherit" });
  // The portal under test runs as the least-privilege runtime role (decision 078), as in
  // production: the suite proves every flow works with row privileges only.
  execFileSync("npm", ["run", "--silent", "db:roles"], { env, stdio: "inherit" });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
