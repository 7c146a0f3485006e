// Reads the free-text physical description (hair, eyes, build, skin) into concepts of
// description-vocabulary.ts, the same in every language, and scores two of them. How much each
// agreement or disagreement counts follows how reliable that detail is in real life (decision
// 178): hair is dyed, cut and shaved, so a different colour costs little; eye colour does not
// change, but observers confuse neighbouring shades (brown / hazel, green / grey); build changes
// with months of poor food or work; a shared common concept (brown eyes, black hair — most people
// in the network) says little, a shared rare one (green eyes, red hair) a lot.
import { COMMON, VOCABULARY } from "./description-vocabulary";
import { plainWords } from "./text";

export interface Hair {
  /** The colour named (natural or not; see `altered`). */
  colour: string | null;
  /** Dyed, bleached or shaved: the colour seen is not the natural one. */
  altered: boolean;
  texture: string | null;
}

export interface Description {
  hair: Hair | null;
  eyes: string | null;
  build: string | null;
  skin: string | null;
}

function first(words: readonly string[], map: Map<string, string>): string | null {
  for (const w of words) {
    const c = map.get(w);
    if (c) return c;
  }
  return null;
}

export function readHair(text: string | null | undefined): Hair | null {
  const words = plainWords(text);
  const hair = {
    colour: first(words, VOCABULARY.hairColour),
    altered: first(words, VOCABULARY.hairAltered) !== null,
    texture: first(words, VOCABULARY.hairTexture),
  };
  return hair.colour || hair.altered || hair.texture ? hair : null;
}

export function readEyes(text: string | null | undefined): string | null {
  return first(plainWords(text), VOCABULARY.eyes);
}

export function readBuild(text: string | null | undefined): string | null {
  return first(plainWords(text), VOCABULARY.build);
}

export function readSkin(text: string | null | undefined): string | null {
  return first(plainWords(text), VOCABULARY.skin);
}

export interface DescriptionResult {
  fraction: number;
  reason: string;
}

const unknown: DescriptionResult = { fraction: 0, reason: "unknown" };

const isCommon = (list: readonly string[], concept: string) => list.includes(concept);

/** Colour: same (more when rare), black ~ brown close, grey ~ anything (people grey), else a little less. */
export function compareHair(a: Hair | null, b: Hair | null): DescriptionResult {
  if (!a || !b) return unknown;
  const texture = a.texture && a.texture === b.texture ? 0.2 : 0;
  if (!a.colour || !b.colour) return texture ? { fraction: texture, reason: "texture" } : unknown;
  if (a.altered || b.altered) {
    // A dye or a shaved head hides the natural colour; the same dye on both sides still agrees.
    if (a.colour === b.colour) return { fraction: 0.2 + texture, reason: "same" };
    return { fraction: texture, reason: "altered" };
  }
  if (a.colour === b.colour) {
    const base = isCommon(COMMON.hairColour, a.colour) || a.colour === "grey" ? 0.3 : 0.8;
    return { fraction: base + texture, reason: "same" };
  }
  const pair = [a.colour, b.colour].sort().join("-");
  if (pair === "black-brown" || a.colour === "grey" || b.colour === "grey")
    return { fraction: 0.1 + texture, reason: "close" };
  return { fraction: -0.15, reason: "different" };
}

// Shades observers confuse with each other (in poor light, in a photo, at a glance).
const NEAR_EYES = new Set(["brown-hazel", "green-hazel", "green-grey", "blue-grey", "blue-green"]);

export function compareEyes(a: string | null, b: string | null): DescriptionResult {
  if (!a || !b) return unknown;
  if (a === b)
    return isCommon(COMMON.eyes, a)
      ? { fraction: 0.2, reason: "sameCommon" }
      : { fraction: 1, reason: "same" };
  if (NEAR_EYES.has([a, b].sort().join("-"))) return { fraction: 0, reason: "close" };
  return { fraction: -0.4, reason: "different" };
}

const BUILD_ORDER: Record<string, number> = { slim: 0, medium: 1, athletic: 1.5, heavy: 2 };

export function compareBuild(a: string | null, b: string | null): DescriptionResult {
  if (!a || !b) return unknown;
  const gap = Math.abs(BUILD_ORDER[a]! - BUILD_ORDER[b]!);
  if (gap === 0) return { fraction: 1, reason: "same" };
  if (gap <= 1) return { fraction: 0.3, reason: "close" };
  return { fraction: -0.25, reason: "different" };
}

const SKIN_ORDER: Record<string, number> = { light: 0, medium: 1, dark: 2 };

export function compareSkin(a: string | null, b: string | null): DescriptionResult {
  if (!a || !b) return unknown;
  const gap = Math.abs(SKIN_ORDER[a]! - SKIN_ORDER[b]!);
  if (gap === 0) return { fraction: 1, reason: "same" };
  if (gap === 1) return { fraction: 0.2, reason: "close" };
  return { fraction: -0.3, reason: "different" };
}
