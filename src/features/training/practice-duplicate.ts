// The duplicate planted in a practice sandbox for the "spot the duplicate" exercise: the same
// disappearance filed a second time by another reporter, the given name misspelled, as happens
// when two relatives report the same child. Pure, so the seed-free sandbox code stays testable.
import type { SyntheticCase } from "@/lib/synthetic/case-factory";
import { misspell } from "@/lib/synthetic/misspell";
import type { Rng } from "@/lib/synthetic/random";

/** `original` filed again: same person and disappearance, `other`'s reporter, a misspelled name. */
export function refiledClaim(rng: Rng, original: SyntheticCase, other: SyntheticCase): SyntheticCase {
  const givenNames = misspell(rng, original.name.givenNames, "given");
  return {
    ...original,
    givenNames,
    name: { ...original.name, givenNames },
    reporter: other.reporter,
    status: "REPORTED",
  };
}
