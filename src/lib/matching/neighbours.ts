// Which participating countries the matching engine treats as neighbours (the place criterion's
// "neighbouring country" and the candidates' near-first order). The truth is the CountryNeighbour
// table that admins edit (decision 146); the server loads it into this module before the engine
// runs (src/server/match-neighbours.ts, decision 159). Until something is loaded — the seed, the
// benchmark, pure tests — it holds the land borders the first seed writes into that table.
export const DEFAULT_BORDERS: readonly (readonly [string, string])[] = [
  ["BZ", "GT"],
  ["BO", "CL"],
  ["BO", "PE"],
  ["CL", "PE"],
  ["CR", "NI"],
  ["EC", "PE"],
];

type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

function adjacencyOf(pairs: readonly (readonly [string, string])[]): Adjacency {
  const m = new Map<string, Set<string>>();
  // Symmetric whatever the rows say: a border is a border from both sides.
  for (const [a, b] of pairs) {
    if (a === b) continue;
    (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
    (m.get(b) ?? m.set(b, new Set()).get(b)!).add(a);
  }
  return m;
}

let current: Adjacency = adjacencyOf(DEFAULT_BORDERS);

/** Replaces the adjacency (the table's rows). Process-wide: it is reference data, not a request's. */
export function setNeighbourPairs(pairs: readonly (readonly [string, string])[]): void {
  current = adjacencyOf(pairs);
}

export function areNeighbours(a: string, b: string): boolean {
  return current.get(a)?.has(b) ?? false;
}

export function neighboursOf(code: string): string[] {
  return [...(current.get(code) ?? [])].sort();
}
