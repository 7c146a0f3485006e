// The physical description a found record carries in bench:match (decision 178): what an officer,
// a shelter worker or a medical examiner writes when they look at the person, in their own
// language, months or years after the family described them. What the generator assumes:
// - each detail is missing from a share of found records (UNKNOWN): not looked at, not written,
//   remains where it cannot be seen; nationality is missing from most (people without papers
//   who say nothing, or are not asked);
// - hair is written differently or has changed in 30 % of the records that describe it (15 %
//   described otherwise — black as dark brown, the texture left out —, 15 % dyed, bleached or
//   shaved since), so hair is weak evidence;
// - eyes: 7 % of observers name another, neighbouring shade (brown / hazel, green / hazel);
// - build: 25 % changed or judged otherwise (mostly thinner: months of poor food or hard work);
// - nationality, when given, is the claim's in 90 %, another in 10 % (false papers, a lie, or
//   the recorder assumes the local one);
// - skin is written on half the records; claims have no skin field, so it is never compared here.
// Unrelated found records draw their description from other claims with the same rates.
import { readBuild, readEyes, readHair } from "../src/lib/matching/description";
import { neighboursOf } from "../src/lib/matching/neighbours";
import type { Rng } from "../src/testing/random";

export const UNKNOWN = { hair: 0.25, eyes: 0.3, build: 0.3, skin: 0.5, nationality: 0.7 } as const;
export const NOISE = { hairDescribed: 0.15, hairChanged: 0.15, eyes: 0.07, build: 0.25, nationality: 0.1 };

type Lang = "es" | "en" | "pt" | "fr";
const LANGS: readonly Lang[] = ["es", "es", "en", "en", "pt", "fr"];

const HAIR_WORDS: Record<string, Record<Lang, string>> = {
  black: { es: "negro", en: "black", pt: "preto", fr: "noirs" },
  brown: { es: "castaño", en: "brown", pt: "castanho", fr: "châtains" },
  blonde: { es: "rubio", en: "blonde", pt: "loiro", fr: "blonds" },
  red: { es: "pelirrojo", en: "red", pt: "ruivo", fr: "roux" },
  grey: { es: "canoso", en: "grey", pt: "grisalho", fr: "gris" },
};
const TEXTURE_WORDS: Record<string, Record<Lang, string>> = {
  straight: { es: "lacio", en: "straight", pt: "liso", fr: "raides" },
  wavy: { es: "ondulado", en: "wavy", pt: "ondulado", fr: "ondulés" },
  curly: { es: "rizado", en: "curly", pt: "cacheado", fr: "frisés" },
};
const ALTERED: Record<Lang, readonly string[]> = {
  es: ["teñido de rubio", "rapado", "teñido de rojo"],
  en: ["dyed blonde", "shaved", "dyed red"],
  pt: ["tingido de loiro", "raspado", "tingido de vermelho"],
  fr: ["teints en blond", "rasé", "teints en roux"],
};
const EYE_WORDS: Record<string, Record<Lang, string>> = {
  brown: { es: "cafés", en: "brown", pt: "castanhos", fr: "marron" },
  hazel: { es: "miel", en: "hazel", pt: "mel", fr: "noisette" },
  green: { es: "verdes", en: "green", pt: "verdes", fr: "verts" },
  blue: { es: "azules", en: "blue", pt: "azuis", fr: "bleus" },
  grey: { es: "grises", en: "grey", pt: "cinzas", fr: "gris" },
};
const NEAR_EYE: Record<string, readonly string[]> = {
  brown: ["hazel"],
  hazel: ["brown", "green"],
  green: ["hazel", "grey"],
  blue: ["grey"],
  grey: ["blue", "green"],
};
const BUILD_WORDS: Record<string, Record<Lang, string>> = {
  slim: { es: "delgada", en: "slim", pt: "magra", fr: "mince" },
  medium: { es: "mediana", en: "medium", pt: "média", fr: "moyenne" },
  athletic: { es: "atlética", en: "athletic", pt: "atlética", fr: "sportive" },
  heavy: { es: "robusta", en: "heavy", pt: "gordinha", fr: "corpulente" },
};
// Thinner more often than heavier: months in a shelter, in custody or in forced work.
const BUILD_CHANGE: Record<string, readonly string[]> = {
  slim: ["medium"],
  medium: ["slim", "slim", "heavy"],
  athletic: ["slim", "medium"],
  heavy: ["medium", "medium", "slim"],
};
const SKIN: readonly string[] = ["morena", "trigueña", "clara", "dark", "tan", "light", "morena clara"];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;

export interface ClaimDescription {
  countryCode: string;
  build: string | null;
  hair: string | null;
  eyeColour: string | null;
  nationality: string | null;
}

function hairText(rng: Rng, lang: Lang, text: string | null): string | null {
  const h = readHair(text);
  if (!h || rng.next() < UNKNOWN.hair) return null;
  const r = rng.next();
  if (r < NOISE.hairChanged) return pick(rng, ALTERED[lang]);
  let colour = h.altered ? null : h.colour;
  let texture = h.texture;
  if (r < NOISE.hairChanged + NOISE.hairDescribed) {
    // Described otherwise: black seen as brown (or back), the texture not written.
    if (colour === "black" || colour === "brown") colour = colour === "black" ? "brown" : "black";
    texture = null;
  }
  const words = [colour && HAIR_WORDS[colour]![lang], texture && TEXTURE_WORDS[texture]![lang]];
  return words.filter(Boolean).join(", ") || null;
}

function eyesText(rng: Rng, lang: Lang, text: string | null): string | null {
  let eyes = readEyes(text);
  if (!eyes || rng.next() < UNKNOWN.eyes) return null;
  if (rng.next() < NOISE.eyes) eyes = pick(rng, NEAR_EYE[eyes]!);
  return EYE_WORDS[eyes]![lang];
}

function buildText(rng: Rng, lang: Lang, text: string | null): string | null {
  let build = readBuild(text);
  if (!build || rng.next() < UNKNOWN.build) return null;
  if (rng.next() < NOISE.build) build = pick(rng, BUILD_CHANGE[build]!);
  return BUILD_WORDS[build]![lang];
}

function nationalityOf(rng: Rng, c: ClaimDescription): string | null {
  if (!c.nationality || rng.next() < UNKNOWN.nationality) return null;
  if (rng.next() >= NOISE.nationality) return c.nationality;
  const others = neighboursOf(c.countryCode).filter((n) => n !== c.nationality);
  return others.length ? pick(rng, others) : "ZZ";
}

/** The found record's description of the person the claim `c` describes. */
export function foundDescription(rng: Rng, c: ClaimDescription) {
  const lang = pick(rng, LANGS);
  return {
    hair: hairText(rng, lang, c.hair),
    eyeColour: eyesText(rng, lang, c.eyeColour),
    build: buildText(rng, lang, c.build),
    skin: rng.next() < UNKNOWN.skin ? null : pick(rng, SKIN),
    nationality: nationalityOf(rng, c),
  };
}
