// Nicknames and short forms people give instead of their registered name ("me dicen Naye").
// Each group lists the registered name first, then the forms heard for it. A found person who
// says "Pancho" should meet the claim for "Francisco"; the table is small on purpose — every
// entry is a real, common Latin-American or Caribbean usage, not a guess. Words are normalized
// (lower case, no accents), as normalizeName writes them.
const GROUPS: readonly (readonly string[])[] = [
  ["nayeli", "naye", "nayi"],
  ["francisco", "pancho", "paco", "frank", "kiko", "fran"],
  ["francisca", "pancha", "paca", "paquita", "fran"],
  ["guadalupe", "lupe", "lupita"],
  ["jose", "pepe", "chepe", "joselito", "pepito"],
  ["josefa", "pepa", "chepa", "pepita"],
  ["maria", "mari", "mary", "maru"],
  ["jesus", "chucho", "chuy", "chus"],
  ["ignacio", "nacho"],
  ["enrique", "kike", "quique"],
  ["guillermo", "memo", "willy"],
  ["alejandro", "alejo", "alex", "jando"],
  ["alejandra", "ale", "alex", "jandra"],
  ["roberto", "beto", "tito", "rober"],
  ["alberto", "beto", "albert"],
  ["antonio", "tono", "tony", "toni"],
  ["manuel", "manolo", "manu", "lolo"],
  ["dolores", "lola", "lolita"],
  ["rosario", "charo", "chayo", "rosa"],
  ["consuelo", "chelo"],
  ["concepcion", "concha", "conchita", "chita"],
  ["mercedes", "meche", "mecha"],
  ["graciela", "chela", "gracie"],
  ["eduardo", "lalo", "edu"],
  ["gonzalo", "chalo"],
  ["luis", "lucho"],
  ["rafael", "rafa", "falo"],
  ["ramon", "moncho"],
  ["santiago", "santi", "chago"],
  ["isabel", "chabela", "isa", "chavela"],
  ["elizabeth", "eli", "liz", "beth", "betty"],
  ["margarita", "marga", "mago", "rita"],
  ["teresa", "tere", "techi"],
  ["cristina", "cris", "tina"],
  ["cristian", "cris"],
  ["daniel", "dani"],
  ["daniela", "dani"],
  ["fernando", "fer", "nando"],
  ["fernanda", "fer", "nanda"],
  ["gabriela", "gaby", "gabi"],
  ["gabriel", "gabo", "gabi"],
  ["jacqueline", "jacky", "jaqui"],
  ["valentina", "vale", "tina"],
  ["camila", "cami"],
  ["ximena", "jimena", "xime", "jime"],
  ["yessenia", "yesi", "jessi"],
  ["william", "will", "billy", "bill"],
  ["robert", "bob", "bobby", "rob"],
  ["jean", "jeannot"],
];

const KEY = new Map<string, string[]>();
for (const group of GROUPS) {
  const registered = group[0]!;
  for (const word of group) {
    const keys = KEY.get(word) ?? [];
    if (!keys.includes(registered)) keys.push(registered);
    KEY.set(word, keys);
  }
}

/** The registered names a word may stand for (itself included when it is one). */
export function nicknameKeys(word: string): readonly string[] {
  return KEY.get(word) ?? [];
}

/** True when two different words are the same name in the table (Naye / Nayeli). */
export function isNickname(a: string, b: string): boolean {
  if (a === b) return false;
  const ka = nicknameKeys(a);
  return ka.length > 0 && nicknameKeys(b).some((k) => ka.includes(k));
}

const FORMS = new Map<string, string[]>();
for (const group of GROUPS)
  for (const word of group) FORMS.set(word, [...new Set([...(FORMS.get(word) ?? []), ...group])]);

/** Every form of every name group the word belongs to (for finding candidates in SQL). */
export function nicknameForms(word: string): readonly string[] {
  return FORMS.get(word) ?? [];
}
