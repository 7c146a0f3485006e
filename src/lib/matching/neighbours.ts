// Participating countries that share a land border (a person walks or rides across in hours).
// Puerto Rico shares none. Symmetric by construction.
const BORDERS: readonly (readonly [string, string])[] = [
  ["BZ", "GT"],
  ["BO", "CL"],
  ["BO", "PE"],
  ["CL", "PE"],
  ["CR", "NI"],
  ["EC", "PE"],
];

export function areNeighbours(a: string, b: string): boolean {
  return BORDERS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

export function neighboursOf(code: string): string[] {
  return BORDERS.flatMap(([x, y]) => (x === code ? [y] : y === code ? [x] : []));
}
