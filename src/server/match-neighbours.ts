// The matching engine's neighbours come from the CountryNeighbour table (decision 159): loaded
// into src/lib/matching/neighbours.ts before a matching run, kept for a minute (the table has a
// dozen rows and changes a few times a year, a run happens per filing), and dropped at once in
// this process when an admin edits the table. A worker in another process sees the edit within
// NEIGHBOURS_TTL_MS.
import "server-only";
import { setNeighbourPairs } from "@/lib/matching/neighbours";
import { getDb } from "./db";

export const NEIGHBOURS_TTL_MS = 60_000;

let loadedAt = -Infinity;
let loading: Promise<void> | null = null;
// Bumped by an edit: a load that started before it must not count as fresh.
let generation = 0;

export async function refreshMatchNeighbours(now = Date.now()): Promise<void> {
  if (now - loadedAt < NEIGHBOURS_TTL_MS) return;
  loading ??= (async () => {
    const started = generation;
    try {
      const db = await getDb();
      const rows = await db.countryNeighbour.findMany({ select: { countryCode: true, neighbourCode: true } });
      setNeighbourPairs(rows.map((r) => [r.countryCode, r.neighbourCode] as const));
      if (started === generation) loadedAt = now;
    } finally {
      loading = null;
    }
  })();
  await loading;
}

/** After an edit of the table (call once its transaction has committed). */
export function invalidateMatchNeighbours(): void {
  loadedAt = -Infinity;
  generation++;
}
