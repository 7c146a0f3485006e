// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite
// database when it is unset. Safe to run twice: applied migrations are skipped.
import { applyMigrations, MigrationError } from "../src/server/migrations";
import { connectSql } from "../src/server/sql-client";
import { describeDbError } from "../src/server/db-errors";
import { env } from "../src/server/env";

async function main() {
  const target = env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
  const db = await connectSql();
  try {
    const applied = await applyMigrations(db, (m) => console.log(`  ${m}`));
    console.log(
      applied.length
        ? `Migrated ${target}: ${applied.length} migration(s) applied.`
        : `${target} is up to date.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MigrationError ? err.message : describeDbError(err));
  process.exit(1);
});
