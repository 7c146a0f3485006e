import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { invalidateMatchNeighbours } from "@/server/match-neighbours";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { NeighbourPairInput } from "./schemas";

// The adjacency that cross-border alerts read (CountryNeighbour, both directions stored). Every
// admin may read it; only a super-admin changes it: one country's admin must not decide which
// other country's police receive (or stop receiving) alerts. Each direction is its own trail row,
// so both countries' admins find the change in their audit search.

export interface NeighbourPair {
  a: string;
  b: string;
  createdAt: Date;
}

function requireReader(viewer: Viewer) {
  if (!can(viewer, "neighbour:manage") || viewer.practiceSessionId) throw new NotFoundError();
}

function requireEditor(viewer: Viewer) {
  requireReader(viewer);
  if (!viewer.isSuperAdmin) throw new NotFoundError();
}

/** Whether the viewer may add and remove pairs (pages show the forms only then). */
export function canEditNeighbours(viewer: Viewer): boolean {
  return can(viewer, "neighbour:manage") && viewer.isSuperAdmin && !viewer.practiceSessionId;
}

/** Each pair once (a < b), in order. */
export async function listNeighbourPairs(viewer: Viewer): Promise<NeighbourPair[]> {
  requireReader(viewer);
  const db = await getDb();
  const rows = await db.countryNeighbour.findMany({
    select: { countryCode: true, neighbourCode: true, createdAt: true },
    orderBy: [{ countryCode: "asc" }, { neighbourCode: "asc" }],
  });
  return rows
    .filter((r) => r.countryCode < r.neighbourCode)
    .map((r) => ({ a: r.countryCode, b: r.neighbourCode, createdAt: r.createdAt }));
}

/** The participating countries, for the add form's choices. */
export async function listNeighbourCountries(viewer: Viewer): Promise<string[]> {
  requireReader(viewer);
  const db = await getDb();
  const rows = await db.country.findMany({ select: { code: true }, orderBy: { code: "asc" } });
  return rows.map((r) => r.code);
}

const directions = (p: NeighbourPairInput) => [
  { countryCode: p.countryCode, neighbourCode: p.neighbourCode },
  { countryCode: p.neighbourCode, neighbourCode: p.countryCode },
];

async function audit(
  tx: Tx,
  viewer: Viewer,
  action: string,
  row: { countryCode: string; neighbourCode: string },
) {
  const fields = { countryCode: row.countryCode, neighbourCode: row.neighbourCode };
  await recordAuditEvent(tx, viewer, {
    action,
    targetType: "CountryNeighbour",
    targetId: `${row.countryCode}-${row.neighbourCode}`,
    countryCode: row.countryCode,
    ...(action === "neighbour.add" ? { after: fields } : { before: fields }),
  });
}

/** Adds the pair in both directions; an existing pair is refused (nothing written). */
export async function addNeighbourPair(viewer: Viewer, input: NeighbourPairInput): Promise<void> {
  requireEditor(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const known = await tx.country.count({
      where: { code: { in: [input.countryCode, input.neighbourCode] } },
    });
    if (known !== 2) throw new AppError("admin:errors.invalidChoice");
    const res = await tx.countryNeighbour.createMany({ data: directions(input), skipDuplicates: true });
    if (res.count === 0) throw new AppError("admin:neighbours.errors.exists", 409);
    for (const row of directions(input)) await audit(tx, viewer, "neighbour.add", row);
  });
  invalidateMatchNeighbours();
}

/** Removes the pair in both directions; a pair that is not there is not found. */
export async function removeNeighbourPair(viewer: Viewer, input: NeighbourPairInput): Promise<void> {
  requireEditor(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const res = await tx.countryNeighbour.deleteMany({ where: { OR: directions(input) } });
    if (res.count === 0) throw new NotFoundError();
    for (const row of directions(input)) await audit(tx, viewer, "neighbour.remove", row);
  });
  invalidateMatchNeighbours();
}
