// Authors the next migration offline: diffs the schema snapshot of the last migration against
// prisma/schema.prisma with Prisma 6.19's WASM schema engine (Prisma 7's CLI would download a
// native engine; it needs a reachable PostgreSQL, DIFF_DATABASE_URL, but changes nothing in it).
// Usage: npm run db:diff -- <migration_name>
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <snake_case_name>");
  process.exit(2);
}
const root = process.cwd();
const snapshot = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "db-diff-"));
// Prisma 6.19 requires a url in the datasource; Prisma 7 rejects it, so add it to copies only.
const withUrl = (src) =>
  src.replace(/provider\s*=\s*"postgresql"/, '$&\n  url = "postgresql://localhost/unused"');
const to = path.join(tmp, "to.prisma");
fs.writeFileSync(to, withUrl(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
// 6.19 only runs without its native engine given the "js" engine and a driver adapter.
const adapterUrl = new URL("../node_modules/@prisma/adapter-pg/dist/index.mjs", import.meta.url);
const config = path.join(tmp, "prisma.config.mjs");
fs.writeFileSync(
  config,
  `import { PrismaPg } from ${JSON.stringify(adapterUrl.href)};
export default {
  engine: "js",
  experimental: { adapter: true },
  schema: ${JSON.stringify(to)},
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(process.env.DIFF_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres")}, idleTimeoutMillis: 50 }),
};`,
);
const args = ["migrate", "diff", "--to-schema-datamodel", to, "--script", "--config", config];
if (fs.existsSync(snapshot)) {
  const from = path.join(tmp, "from.prisma");
  fs.writeFileSync(from, withUrl(fs.readFileSync(snapshot, "utf8")));
  args.push("--from-schema-datamodel", from);
} else {
  args.push("--from-empty");
}
const cli = path.join(root, "node_modules/prisma-wasm/build/index.js");
const sql = execFileSync(process.execPath, [cli, ...args], {
  cwd: tmp,
  env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true", CHECKPOINT_DISABLE: "1" },
  encoding: "utf8",
});
if (/^-- This is an empty migration/m.test(sql) || !sql.trim()) {
  console.log("schema.prisma matches the last migration: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.copyFileSync(path.join(root, "prisma/schema.prisma"), snapshot);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
