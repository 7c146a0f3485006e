// Coverage arithmetic, kept pure for unit tests. "Officers trained" counts people who completed
// a train-the-trainers session or a cascade workshop; refreshers retrain people already counted.
// Someone trained twice (same email) counts once, in the region of their first completion.
import type { TrainingKind } from "@/generated/prisma/enums";

export interface CompletionRow {
  email: string | null;
  regionId: string | null;
  completedAt: Date;
  kind: TrainingKind;
}

export interface RegionCoverage {
  id: string;
  code: string;
  name: string;
  trained: number;
  target: number | null;
}

export function countTrained(
  rows: readonly CompletionRow[],
  regions: readonly { id: string; code: string; name: string }[],
  targets: ReadonlyMap<string | null, number>,
) {
  const counted = [...rows]
    .filter((r) => r.kind !== "REFRESHER")
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  const seen = new Set<string>();
  const perRegion = new Map<string | null, number>();
  let total = 0;
  for (const r of counted) {
    const key = r.email?.toLowerCase();
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    total++;
    perRegion.set(r.regionId, (perRegion.get(r.regionId) ?? 0) + 1);
  }
  const known = new Set(regions.map((r) => r.id));
  const unassigned = [...perRegion]
    .filter(([id]) => id === null || !known.has(id))
    .reduce((n, [, c]) => n + c, 0);
  const regionRows: RegionCoverage[] = regions.map((r) => ({
    ...r,
    trained: perRegion.get(r.id) ?? 0,
    target: targets.get(r.id) ?? null,
  }));
  return { total, target: targets.get(null) ?? null, regions: regionRows, unassigned };
}

export interface MonthBucket {
  /** "2026-03" */
  month: string;
  sessions: number;
}

const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/** Sessions per calendar month, gaps filled with zero, at most the last `maxMonths`. */
export function sessionsPerMonth(dates: readonly Date[], maxMonths = 24): MonthBucket[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(monthKey(d), (counts.get(monthKey(d)) ?? 0) + 1);
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const out: MonthBucket[] = [];
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  while (cursor <= last) {
    const key = monthKey(cursor);
    out.push({ month: key, sessions: counts.get(key) ?? 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out.slice(-maxMonths);
}

/** A "nice" axis maximum (1, 2, 5 x 10^n) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * p >= value) return m * p;
  return 10 * p;
}
