// The least-privilege set-up for PostgreSQL (README, "Production"): an owner role that owns the
// schema and runs migrations, and a plain runtime role the app connects as. The runtime role
// can read and write rows and nothing else: it cannot DROP or TRUNCATE a table, ALTER it (so it
// cannot disable the append-only triggers), set session_replication_role (superuser only) or
// use the superuser-reserved connection slots. Shared by scripts/db-roles.ts and the tests.

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a plain role or database name: ${name}`);
  return `"${name}"`;
}

/**
 * Grants for the runtime role on the current database, run by the owner (or a superuser) after
 * migrations. Default privileges make tables created by later migrations readable too.
 */
export function runtimeGrantsSql(opts: { database: string; owner: string; runtime: string }): string {
  const [db, owner, app] = [ident(opts.database), ident(opts.owner), ident(opts.runtime)];
  return `
REVOKE ALL ON DATABASE ${db} FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${app};
GRANT USAGE ON SCHEMA public TO ${app};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO ${app};
`;
}

/** The runtime role itself (cluster-wide): no superuser, no CREATEDB/CREATEROLE, a connection cap. */
export function createRuntimeRoleSql(runtime: string, password: string | null, connectionLimit = 40): string {
  const pw = password === null ? "" : ` PASSWORD '${password.replace(/'/g, "''")}'`;
  return `CREATE ROLE ${ident(runtime)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT ${Number(connectionLimit)}${pw};`;
}
