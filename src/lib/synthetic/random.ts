/**
 * Tiny seeded PRNG for reproducible fixtures and benchmarks.
 *
 * mulberry32 is not cryptographic, which is fine here: we only need the same
 * seed to yield the same synthetic data on every machine and Node version,
 * which Math.random() cannot give us.
 */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(arr: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/**
 * Scrambles the seed so that consecutive seeds (0, 1, 2, ... as used when a
 * benchmark derives one stream per case) do not start in correlated states.
 */
function scramble(seed: number): number {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number, got ${seed}`);
  let state = scramble(Math.trunc(seed));

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new Error(`Invalid integer range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(arr: readonly T[]): T => {
    if (arr.length === 0) throw new Error("Cannot pick from an empty array");
    return arr[Math.floor(next() * arr.length)] as T;
  };

  const chance = (p: number): boolean => next() < p;

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (total <= 0) throw new Error("Weighted pick needs at least one positive weight");
    let roll = next() * total;
    for (const [value, w] of entries) {
      roll -= Math.max(0, w);
      if (roll < 0) return value;
    }
    // Floating-point rounding can leave roll at ~0; fall back to the last positive entry.
    return [...entries].reverse().find(([, w]) => w > 0)![0];
  };

  return { next, int, pick, chance, weighted };
}
