import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { normalizeName } from "@/lib/names/normalize";
import { getDb, type Db, type Tx } from "@/server/db";
import { rawReader, readLagTolerant } from "@/server/replica";
import {
  BULLETIN_STATUSES,
  bulletinWhere,
  consentFlagsSelect,
  flagsKey,
  flagsOf,
  flagsWhere,
  PUBLIC_PHOTO,
  publicSelectFor,
  type ConsentFlags,
} from "./eligibility";
import { toPublicCase, type PublicCase, type PublicCaseRow } from "./public-case";

export type { PublicCase };
import type { BulletinSearch } from "./schemas";

// Nothing here is cached: every call asks the database, so a case whose consent was withdrawn or
// that was located is gone from the very next request. The lists and the search read the
// replica when there is one (decision 155: a standby replays within milliseconds); the poster,
// its photo and the partner feed read the primary, because the poster is the page a family
// checks right after withdrawing consent or asking for removal.

export const PAGE_SIZE = 24;
/** Name search returns the best matches only; nobody needs page 9 of fuzzy matches. */
const SEARCH_LIMIT = 60;

type Client = Db | Tx;

/**
 * Second step of every bulletin read: for each distinct combination of consents, one query
 * selecting exactly the consented columns. The WHERE repeats the bulletin rule and the flags,
 * so a case whose consent changed between the two steps simply drops out.
 */
async function loadPublicCases(
  db: Client,
  rows: readonly { id: string; flags: ConsentFlags }[],
  now: Date,
): Promise<PublicCase[]> {
  const groups = new Map<string, { flags: ConsentFlags; ids: string[] }>();
  for (const r of rows) {
    const key = flagsKey(r.flags);
    const g = groups.get(key) ?? { flags: r.flags, ids: [] };
    g.ids.push(r.id);
    groups.set(key, g);
  }
  const byId = new Map<string, PublicCase>();
  for (const { flags, ids } of groups.values()) {
    const found = (await db.case.findMany({
      where: { AND: [{ id: { in: ids } }, bulletinWhere(now), flagsWhere(flags)] },
      select: { id: true, ...publicSelectFor(flags) },
    })) as (PublicCaseRow & { id: string })[];
    for (const row of found) byId.set(row.id, toPublicCase(row, flags, now));
  }
  return rows.map((r) => byId.get(r.id)).filter((c): c is PublicCase => !!c);
}

const firstStepSelect = { id: true, ...consentFlagsSelect } as const;

export function listBulletin(opts: { page: number }, now = new Date()) {
  return readLagTolerant((db) => listBulletinOn(db, opts, now));
}

async function listBulletinOn(db: Db, opts: { page: number }, now: Date) {
  const where = bulletinWhere(now);
  const page = Math.max(1, Math.floor(opts.page));
  const [total, rows] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      select: firstStepSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  const items = await loadPublicCases(
    db,
    rows.map((r) => ({ id: r.id, flags: flagsOf(r) })),
    now,
  );
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * Ids of cases whose published name resembles the query, best first. Only cases that consented
 * to publish their name are ever compared, so searching a name cannot reveal a case that did
 * not (the full bulletin rule is applied again afterwards).
 */
async function idsMatchingName(db: Db, name: string): Promise<string[]> {
  const rows = await rawReader(db).$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Case"
    WHERE "practiceSessionId" IS NULL AND "deletedAt" IS NULL AND "consentWithdrawnAt" IS NULL
      AND "publicHiddenAt" IS NULL AND "sealedAt" IS NULL AND "consentPublishName"
      AND "status"::text IN (${Prisma.join([...BULLETIN_STATUSES])})
      AND ("searchName" % ${name} OR ${name} <% "searchName")
    ORDER BY greatest(similarity("searchName", ${name}), word_similarity(${name}, "searchName")) DESC, "id"
    LIMIT ${SEARCH_LIMIT * 2}`;
  return rows.map((r) => r.id);
}

export function searchBulletin(input: BulletinSearch, now = new Date()) {
  return readLagTolerant((db) => searchBulletinOn(db, input, now));
}

async function searchBulletinOn(db: Db, input: BulletinSearch, now: Date) {
  const name = input.name ? normalizeName(input.name) : "";
  const filters: Prisma.CaseWhereInput[] = [bulletinWhere(now)];
  let rank: string[] | null = null;
  if (name) {
    rank = await idsMatchingName(db, name);
    filters.push({ id: { in: rank }, consentPublishName: true });
  }
  if (input.country) filters.push({ countryCode: input.country });
  // The region is part of "last seen": it only matches cases that consented to publish it.
  if (input.region) filters.push({ region: { code: input.region }, consentPublishLastSeen: true });
  const rows = await db.case.findMany({
    where: { AND: filters },
    select: firstStepSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SEARCH_LIMIT,
  });
  if (rank) {
    const position = new Map(rank.map((id, i) => [id, i]));
    rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  }
  return loadPublicCases(
    db,
    rows.map((r) => ({ id: r.id, flags: flagsOf(r) })),
    now,
  );
}

/** The poster's case, or null when the case is not (or no longer) on the bulletin. */
export async function getBulletinCase(publicId: string, now = new Date()): Promise<PublicCase | null> {
  const db = await getDb();
  const row = await db.case.findFirst({
    where: { AND: [{ publicId }, bulletinWhere(now)] },
    select: firstStepSelect,
  });
  if (!row) return null;
  const [found] = await loadPublicCases(db, [{ id: row.id, flags: flagsOf(row) }], now);
  return found ?? null;
}

/** Internal id of a case currently on the bulletin (for tips), or null. Never returned to clients. */
export async function findBulletinCaseId(tx: Client, publicId: string, now = new Date()) {
  const row = await tx.case.findFirst({
    where: { AND: [{ publicId }, bulletinWhere(now)] },
    select: { id: true },
  });
  return row?.id ?? null;
}

/**
 * A photo the public may see: its case is on the bulletin right now and consented to photos, and
 * the photo itself is not removed or held for review (PUBLIC_PHOTO).
 * Looked up by the photo's random id; anything else is null (served as 404).
 */
export async function getPublicPhoto(photoId: string, now = new Date()) {
  const db = await getDb();
  return db.casePhoto.findFirst({
    where: {
      id: photoId,
      ...PUBLIC_PHOTO,
      case: { AND: [bulletinWhere(now), { consentPublishPhoto: true }] },
    },
    select: { id: true, storageKey: true, thumbKey: true, mimeType: true },
  });
}

/**
 * A partner feed's page of bulletin cases, oldest change first, after `after` (a keyset cursor),
 * changed since `since`, in `countries`. Same rule and columns as the bulletin itself.
 */
export async function listBulletinForFeed(
  opts: { since?: Date; after?: { updatedAt: Date; id: string }; countries: readonly string[]; take: number },
  now = new Date(),
) {
  const db = await getDb();
  const filters: Prisma.CaseWhereInput[] = [bulletinWhere(now), { countryCode: { in: [...opts.countries] } }];
  if (opts.since) filters.push({ updatedAt: { gte: opts.since } });
  if (opts.after) {
    const { updatedAt, id } = opts.after;
    filters.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }] });
  }
  const rows = await db.case.findMany({
    where: { AND: filters },
    select: { ...firstStepSelect, publicId: true, createdAt: true, updatedAt: true },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: opts.take,
  });
  const cases = await loadPublicCases(
    db,
    rows.map((r) => ({ id: r.id, flags: flagsOf(r) })),
    now,
  );
  const meta = new Map(rows.map((r) => [r.publicId, r]));
  return cases.map((c) => {
    const { id, createdAt, updatedAt } = meta.get(c.publicId)!;
    return { publicCase: c, id, createdAt, updatedAt };
  });
}

/** Countries and regions for the search form (reference data, public). */
export async function listSearchRegions() {
  const db = await getDb();
  return db.region.findMany({
    select: { code: true, name: true, countryCode: true },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
  });
}
