// npm run db:roles [-- --owner reencuentro_owner --app reencuentro_app] — run with a superuser's
// DATABASE_URL: creates (or fixes) the schema-owner and runtime roles of decision 078 and their
// grants on that database. Idempotent: run it again after `npm run db:migrate`. Passwords are
// not set here (they would end up in shell history): set them with psql's \password.
import pg from "pg";
import { roleStatements } from "../src/server/db-roles";
import { env } from "../src/server/env";

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the portal's database, connecting as a superuser.");
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const roles = {
    database,
    owner: option("owner", "reencuentro_owner"),
    app: option("app", "reencuentro_app"),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of roleStatements(roles, { owner: null, app: null })) await client.query(sql);
  } finally {
    await client.end();
  }
  console.log(
    `Roles ready on ${database}: migrations as "${roles.owner}", the portal as "${roles.app}" (rows only).`,
  );
}

main().catch((err: unknown) => {
  console.error(`db:roles failed: ${(err as Error).message}`);
  process.exit(1);
});
