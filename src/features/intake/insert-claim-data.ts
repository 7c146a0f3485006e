import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { EMAILED_KINDS } from "@/features/inbox/data";
import { queueJobSql } from "@/server/jobs/queue";
import type { StoredPhoto } from "@/server/photo-store";

// The whole write of a claim is ONE statement: the per-prefix counter, the case, its CREATED
// event, its photo rows and its staff inbox item, chained by data-modifying CTEs. PostgreSQL runs it atomically (a
// failure, e.g. a second copy of the submission hitting the unique submissionId, rolls the
// counter back too: numbers stay gap-free), and the counter row is locked only while this one
// statement runs — not across round trips, and not during the duplicate check, which runs after
// commit. See docs/decisions/110-intake-one-statement.md. The claim's matching run (duplicates
// included) is a "match-record" job written by the same statement, so it exists exactly when the
// claim does and runs in a worker, not in the request (decision 161).

/** Column name, value, PostgreSQL type (every value is cast: INSERT ... SELECT infers nothing). */
export type CaseColumn = readonly [name: string, value: unknown, type: string];

export interface InsertedCase {
  id: string;
  caseNumber: string;
  /** The statement queued the claim's match-record job (false: no such queue yet, or not asked). */
  matchQueued: boolean;
}

const PHOTO_RECORD = `p(position int, "storageKey" text, "thumbKey" text, "mimeType" text,
  width int, height int, bytes int)`;

function column([, value, type]: CaseColumn) {
  return Prisma.sql`${value}::${Prisma.raw(type)}`;
}

export interface ClaimRows {
  /** The case-number prefix (BO, PRACTICE-BZ...): one counter row per prefix and year. */
  prefix: string;
  columns: readonly CaseColumn[];
  photos: readonly StoredPhoto[];
  /**
   * The staff inbox items of the new claim (inbox's inboxItemRow: the new-claim item and any
   * cross-border alerts), written in the same statement.
   */
  inbox: readonly Record<string, unknown>[];
  /** Queue the claim's "match-record" job in the statement (not for a practice claim). */
  queueMatching: boolean;
}

function matchJobCte(queue: boolean): { cte: Prisma.Sql; queued: Prisma.Sql } {
  if (!queue) return { cte: Prisma.empty, queued: Prisma.sql`false` };
  const data = Prisma.sql`jsonb_build_object('kind', 'claim', 'id', created.id::text)`;
  return {
    cte: Prisma.sql`, match_job AS (${queueJobSql("match-record", "created", data)})`,
    queued: Prisma.sql`EXISTS (SELECT 1 FROM match_job)`,
  };
}

/**
 * Inbox rows go through json_populate_recordset, which types each value by its column. Each new
 * cross-border alert also gets its "staff-alert-email" job in the statement (decision 167).
 */
function inboxCte(rows: readonly Record<string, unknown>[]): Prisma.Sql {
  if (!rows.length) return Prisma.empty;
  const names = Prisma.raw([...new Set(rows.flatMap((r) => Object.keys(r)))].map((k) => `"${k}"`).join(", "));
  const emailed = Prisma.join(EMAILED_KINDS.map((k) => Prisma.sql`${k}::"InboxKind"`));
  const data = Prisma.sql`jsonb_build_object('itemId', emailed_item.id::text)`;
  return Prisma.sql`, inbox AS (
      INSERT INTO "InboxItem" (${names})
      SELECT ${names} FROM created, json_populate_recordset(NULL::"InboxItem", ${JSON.stringify(rows)}::json)
      ON CONFLICT DO NOTHING
      RETURNING id, kind
    ), emailed_item AS (
      SELECT id FROM inbox WHERE kind IN (${emailed})
    ), alert_job AS (${queueJobSql("staff-alert-email", "emailed_item", data)})`;
}

export async function insertClaim(db: Db, claim: ClaimRows): Promise<InsertedCase> {
  const { prefix, columns, photos } = claim;
  const year = new Date().getUTCFullYear();
  const names = Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));
  const values = Prisma.join(columns.map(column));
  const photoRows = JSON.stringify(photos.map((p, position) => ({ position, ...p })));
  const job = matchJobCte(claim.queueMatching);
  const rows = await db.$queryRaw<InsertedCase[]>`
    WITH counter AS (
      INSERT INTO "CaseCounter" ("prefix", "year", "lastValue") VALUES (${prefix}, ${year}::int, 1)
      ON CONFLICT ("prefix", "year") DO UPDATE SET "lastValue" = "CaseCounter"."lastValue" + 1
      RETURNING "lastValue"::text AS n
    ), created AS (
      INSERT INTO "Case" ("caseNumber", "updatedAt", ${names})
      SELECT ${prefix} || '-' || ${String(year)} || '-' || lpad(n, greatest(6, length(n)), '0'), now(), ${values}
      FROM counter
      RETURNING id, "caseNumber"
    ), event AS (
      INSERT INTO "CaseEvent" ("caseId", "actorKind", "type", "newValue")
      SELECT id, 'REPORTER', 'CREATED', 'REPORTED' FROM created
    ), photo AS (
      INSERT INTO "CasePhoto" ("caseId", "position", "storageKey", "thumbKey", "mimeType", "width", "height", "bytes")
      SELECT created.id, p.position, p."storageKey", p."thumbKey", p."mimeType", p.width, p.height, p.bytes
      FROM created, json_to_recordset(${photoRows}::json) AS ${Prisma.raw(PHOTO_RECORD)}
    )${inboxCte(claim.inbox)}${job.cte}
    SELECT id::text AS id, "caseNumber", ${job.queued} AS "matchQueued" FROM created`;
  return rows[0]!;
}
