// Least-privilege database roles (decision 078). The schema's owner runs migrations; the app
// runs as a plain role that reads and writes rows and nothing more: it owns no table of the
// portal, so it cannot DROP, TRUNCATE, ALTER or disable the append-only triggers, and, not
// being a superuser, cannot switch triggers off with session_replication_role. The job
// engine's own schema (pgboss) belongs to the app role, because pg-boss creates a table
// partition per queue at run time.
export interface RoleNames {
  database: string;
  owner: string;
  app: string;
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`Not a plain SQL identifier: ${s}`);
  return `"${s}"`;
};
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Creates a login role if missing (or updates its password), never a superuser. */
function ensureRole(name: string, password: string | null): string {
  const pw = password === null ? "" : ` PASSWORD ${literal(password)}`;
  const attrs = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${pw}`;
  return `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(name)}) THEN
    CREATE ROLE ${ident(name)} ${attrs};
  ELSE
    ALTER ROLE ${ident(name)} ${attrs};
  END IF;
END $$`;
}

/**
 * The statements, in order, run by a superuser (or the database's owner) on the portal's
 * database. Idempotent: run it again after every migration (new tables get their grants from the
 * default privileges, but a re-run also fixes anything created by hand).
 */
export function roleStatements(
  n: RoleNames,
  passwords: { owner: string | null; app: string | null },
): string[] {
  const [db, owner, app] = [ident(n.database), ident(n.owner), ident(n.app)];
  return [
    ensureRole(n.owner, passwords.owner),
    ensureRole(n.app, passwords.app),
    `REVOKE ALL ON DATABASE ${db} FROM PUBLIC`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${app}`,
    `GRANT ALL ON DATABASE ${db} TO ${owner}`,
    // The portal's tables, views, sequences and functions belong to the owner.
    `ALTER SCHEMA public OWNER TO ${owner}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
             -- a sequence owned by a column follows its table
             AND (c.relkind <> 'S' OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
    EXECUTE format('ALTER %s public.%I OWNER TO ${owner}',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                     WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
           WHERE s.nspname = 'public' AND p.prokind = 'f'
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO ${owner}', r.sig);
  END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace s ON s.oid = t.typnamespace
           WHERE s.nspname = 'public' AND t.typtype = 'e' LOOP
    EXECUTE format('ALTER TYPE public.%I OWNER TO ${owner}', r.typname);
  END LOOP;
END $$`,
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    // Rows only: no TRUNCATE, REFERENCES or TRIGGER privilege.
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app}`,
    // The job engine's schema: the app creates queue partitions in it.
    `DO $$ DECLARE r record; BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
    EXECUTE 'ALTER SCHEMA pgboss OWNER TO ${app}';
    FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
             WHERE s.nspname = 'pgboss' AND c.relkind IN ('r', 'p', 'v', 'S') AND NOT c.relispartition
               AND (c.relkind <> 'S' OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
      EXECUTE format('ALTER %s pgboss.%I OWNER TO ${app}',
        CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, r.relname);
    END LOOP;
    FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
             WHERE s.nspname = 'pgboss' AND c.relispartition LOOP
      EXECUTE format('ALTER TABLE pgboss.%I OWNER TO ${app}', r.relname);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
             WHERE s.nspname = 'pgboss' LOOP
      EXECUTE format('ALTER FUNCTION %s OWNER TO ${app}', r.sig);
    END LOOP;
    FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace s ON s.oid = t.typnamespace
             WHERE s.nspname = 'pgboss' AND t.typtype = 'e' LOOP
      EXECUTE format('ALTER TYPE pgboss.%I OWNER TO ${app}', r.typname);
    END LOOP;
  END IF;
END $$`,
  ];
}
