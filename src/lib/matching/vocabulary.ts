// A small cross-language vocabulary: the words families, officers and medical examiners use for
// marks and clothing in Spanish, English, Portuguese and French, mapped to one concept token, so
// "rosa tatuada en el antebrazo izquierdo" and "rose tattoo, left forearm" share tokens. Words
// are accent-free and lower case (plainWords). Ambiguous words (French "dos" = back, Spanish
// "dos" = two) are left out rather than guessed.
type Table = Record<string, readonly string[]>;

const MARK_KINDS: Table = {
  tattoo: [
    "tatuaje",
    "tatuajes",
    "tatuado",
    "tatuada",
    "tattoo",
    "tattoos",
    "tattooed",
    "tatoo",
    "tatouage",
    "tatoue",
    "tatouee",
    "tatuagem",
    "tatuado",
  ],
  scar: [
    "cicatriz",
    "cicatrices",
    "scar",
    "scars",
    "scarred",
    "cicatrice",
    "quemadura",
    "burn",
    "brulure",
    "queimadura",
  ],
  birthmark: [
    "lunar",
    "lunares",
    "mancha",
    "birthmark",
    "mole",
    "tache",
    "nacimiento",
    "sinal",
    "pinta",
    "antojo",
  ],
  piercing: [
    "piercing",
    "piercings",
    "perforacion",
    "arete",
    "aretes",
    "earring",
    "boucle",
    "brinco",
    "pendiente",
  ],
  amputation: [
    "amputacion",
    "amputado",
    "amputada",
    "amputee",
    "amputation",
    "amputated",
    "amputee",
    "amputacao",
    "muñon",
    "munon",
    "stump",
  ],
};

const MARK_OBJECTS: Table = {
  rose: ["rosa", "rosas", "rose", "roses"],
  heart: ["corazon", "heart", "coeur", "coracao"],
  cross: ["cruz", "cross", "croix", "crucifijo"],
  star: ["estrella", "star", "etoile", "estrela"],
  butterfly: ["mariposa", "butterfly", "papillon", "borboleta"],
  flower: ["flor", "flores", "flower", "flowers", "fleur", "fleurs"],
  dragon: ["dragon", "dragao"],
  snake: ["serpiente", "vibora", "culebra", "snake", "serpent", "cobra"],
  moon: ["luna", "moon", "lune", "lua"],
  sun: ["sol", "sun", "soleil"],
  bird: ["pajaro", "ave", "bird", "oiseau", "passaro", "aguila", "eagle", "aigle"],
  skull: ["calavera", "craneo", "skull", "crane", "caveira"],
  letters: ["letras", "letters", "lettres", "nombre", "name", "initials", "iniciales", "iniciais"],
  anchor: ["ancla", "anchor", "ancre", "ancora"],
};

const BODY_PARTS: Table = {
  head: ["cabeza", "head", "tete", "cabeca", "cuero cabelludo", "scalp"],
  face: ["cara", "rostro", "face", "visage", "rosto"],
  cheek: ["mejilla", "cheek", "joue", "bochecha", "pomulo"],
  forehead: ["frente", "forehead", "testa"],
  eyebrow: ["ceja", "eyebrow", "sourcil", "sobrancelha"],
  lip: ["labio", "lip", "levre", "labios", "lips"],
  ear: ["oreja", "ear", "oreille", "orelha", "oido"],
  nose: ["nariz", "nose", "nez"],
  neck: ["cuello", "neck", "cou", "pescoco", "nuca"],
  shoulder: ["hombro", "shoulder", "epaule", "ombro"],
  arm: ["brazo", "arm", "bras", "braco", "upperarm"],
  forearm: ["antebrazo", "forearm", "avantbras", "antebraco"],
  elbow: ["codo", "elbow", "coude", "cotovelo"],
  wrist: ["muneca", "wrist", "poignet", "pulso"],
  hand: ["mano", "hand", "mao", "manos", "hands"],
  finger: ["dedo", "dedos", "finger", "fingers", "doigt"],
  chest: ["pecho", "chest", "poitrine", "peito", "torax"],
  abdomen: [
    "abdomen",
    "vientre",
    "barriga",
    "panza",
    "belly",
    "stomach",
    "ventre",
    "estomac",
    "ombligo",
    "navel",
  ],
  back: ["espalda", "back", "costas", "lomo"],
  hip: ["cadera", "hip", "hanche", "quadril"],
  leg: ["pierna", "leg", "jambe", "perna", "piernas", "legs"],
  thigh: ["muslo", "thigh", "cuisse", "coxa"],
  knee: ["rodilla", "knee", "genou", "joelho"],
  ankle: ["tobillo", "ankle", "cheville", "tornozelo"],
  foot: ["pie", "foot", "pied", "pe", "pies", "feet"],
};

const SIDES: Table = {
  left: ["izquierdo", "izquierda", "left", "gauche", "esquerdo", "esquerda", "izq"],
  right: ["derecho", "derecha", "right", "droit", "droite", "direito", "direita", "der"],
};

const CLOTHING: Table = {
  red: ["rojo", "roja", "red", "rouge", "vermelho", "vermelha", "colorado"],
  blue: ["azul", "blue", "bleu", "bleue"],
  black: ["negro", "negra", "black", "noir", "noire", "preto", "preta"],
  white: ["blanco", "blanca", "white", "blanc", "blanche", "branco", "branca"],
  green: ["verde", "green", "vert", "verte"],
  yellow: ["amarillo", "amarilla", "yellow", "jaune", "amarelo", "amarela"],
  pink: ["rosado", "rosada", "rosa", "pink", "rose"],
  grey: ["gris", "grey", "gray", "cinza"],
  brown: ["cafe", "marron", "brown", "brun", "castanho"],
  shirt: [
    "camiseta",
    "polera",
    "playera",
    "remera",
    "camisa",
    "tshirt",
    "shirt",
    "chemise",
    "blusa",
    "blouse",
  ],
  trousers: ["pantalon", "pantalones", "pants", "trousers", "jeans", "vaqueros", "calca", "jean"],
  skirt: ["falda", "pollera", "skirt", "jupe", "saia"],
  dress: ["vestido", "dress", "robe"],
  jacket: [
    "chaqueta",
    "chamarra",
    "campera",
    "casaca",
    "jacket",
    "veste",
    "casaco",
    "jaqueta",
    "abrigo",
    "coat",
  ],
  sweater: ["sueter", "chompa", "buzo", "sudadera", "sweater", "hoodie", "pull", "moletom"],
  shoes: [
    "zapatos",
    "zapatillas",
    "tenis",
    "shoes",
    "sneakers",
    "chaussures",
    "sapatos",
    "botas",
    "boots",
    "sandalias",
  ],
  hat: ["sombrero", "gorra", "gorro", "hat", "cap", "chapeau", "casquette", "bone"],
  backpack: ["mochila", "backpack", "sac", "bolso", "bag"],
  uniform: ["uniforme", "uniform"],
};

function index(table: Table, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [concept, words] of Object.entries(table)) {
    for (const w of words)
      out.set(
        w
          .normalize("NFKD")
          .replace(/\p{M}+/gu, "")
          .replace(/\s+/g, ""),
        `${prefix}${concept}`,
      );
  }
  return out;
}

export const MARK_VOCABULARY = new Map([
  ...index(MARK_KINDS, "kind:"),
  ...index(MARK_OBJECTS, "obj:"),
  ...index(BODY_PARTS, "part:"),
  ...index(SIDES, "side:"),
]);
export const CLOTHING_VOCABULARY = index(CLOTHING, "");
