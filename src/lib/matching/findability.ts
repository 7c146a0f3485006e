// "How findable is this claim": what the family (or an officer) could add so the engine can
// match the person, ordered by the weight that detail carries in the scorer. It never returns a
// number — a score would shame or alarm; a list of things to add helps.
import { WEIGHTS } from "./weights";
import { markTokensFromText } from "./tokens";

export type FindabilityHint =
  | "marks"
  | "marksLocation"
  | "dateOfBirth"
  | "age"
  | "height"
  | "photo"
  | "languages"
  | "clothing"
  | "eyes"
  | "hair"
  | "build"
  | "nationality";

export interface FindabilityInput {
  hasPhoto: boolean;
  distinguishingMarks: string | null | undefined;
  dateOfBirth: unknown;
  approxAge: number | null | undefined;
  heightCm: number | null | undefined;
  languages: readonly string[] | null | undefined;
  clothing: string | null | undefined;
  eyeColour: string | null | undefined;
  hair: string | null | undefined;
  build: string | null | undefined;
  nationality: string | null | undefined;
}

// A date of birth sharpens the age criterion (an exact age instead of a guess); a photo lets a
// reviewer compare faces, which outweighs its small share of the automatic score.
const HINT_WEIGHT: Record<FindabilityHint, number> = {
  marks: WEIGHTS.marks,
  marksLocation: WEIGHTS.marks / 2,
  dateOfBirth: WEIGHTS.age / 2,
  age: WEIGHTS.age,
  photo: WEIGHTS.marks,
  height: WEIGHTS.height,
  languages: WEIGHTS.languages,
  clothing: WEIGHTS.clothing,
  eyes: WEIGHTS.eyes,
  hair: WEIGHTS.hair,
  build: WEIGHTS.build,
  nationality: WEIGHTS.nationality,
};

function hasBodyLocation(marks: string): boolean {
  return markTokensFromText(marks).some((t) => t.startsWith("part:"));
}

/** Details worth adding, most useful first; empty when everything the engine uses is there. */
export function findabilityHints(c: FindabilityInput): FindabilityHint[] {
  const hints: FindabilityHint[] = [];
  if (!c.hasPhoto) hints.push("photo");
  const marks = c.distinguishingMarks?.trim();
  if (!marks) hints.push("marks");
  else if (!hasBodyLocation(marks)) hints.push("marksLocation");
  if (!c.dateOfBirth) hints.push(c.approxAge == null ? "age" : "dateOfBirth");
  if (!c.heightCm) hints.push("height");
  if (!c.languages?.length) hints.push("languages");
  if (!c.clothing?.trim()) hints.push("clothing");
  // Blank only: whether the words are ones the engine reads is not the family's concern here.
  if (!c.eyeColour?.trim()) hints.push("eyes");
  if (!c.hair?.trim()) hints.push("hair");
  if (!c.build?.trim()) hints.push("build");
  if (!c.nationality || c.nationality === "ZZ") hints.push("nationality");
  return hints.sort((a, b) => HINT_WEIGHT[b] - HINT_WEIGHT[a]);
}
