// The connections pg-boss talks through (its `db` option: one executeSql function).
// - Prisma (client or interactive transaction): how jobs are queued, so a job queued inside a
//   transaction commits or rolls back with it. pg-boss's insert is one parameterised statement.
// - PGlite: the embedded database has one connection shared with Prisma. pg-boss also sends
//   multi-statement scripts without parameters (its maintenance runs BEGIN; ...; COMMIT), which
//   PGlite's extended protocol refuses, so those go through exec().
import type pg from "pg";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client";
import type { openPglite } from "../sql-client";

type Pglite = Awaited<ReturnType<typeof openPglite>>;
type PrismaLike = Pick<PrismaClient, "$queryRawUnsafe">;

export function prismaBossDb(client: PrismaLike): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      // Prisma refuses undefined arguments; pg-boss leaves unset options undefined.
      const args = values.map((v) => (v === undefined ? null : v));
      const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(text, ...args);
      return { rows };
    },
  };
}

export function pgliteBossDb(pglite: Pglite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values && values.length) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function poolBossDb(pool: pg.Pool): PgBoss.Db {
  return {
    async executeSql(text, values) {
      return pool.query(text, values);
    },
  };
}
