/**
 * Text pools for synthetic cases, in Spanish and English. Kept out of the
 * factory so that the generation logic stays readable. Sentences are written
 * the way families describe a disappearance to an officer, not as legal text.
 */
import type { CountryCode, Locale } from "@/lib/reference/countries";

/** What a template may refer to; `g` picks the masculine or feminine form. */
export interface TextContext {
  city: string;
  weekday: string;
  border: string;
  abroad: string;
  g: (masculine: string, feminine: string) => string;
}

type Template = (t: TextContext) => string;
type ByLocale<T> = Record<Locale, readonly T[]>;

export type AgeGroup = "child" | "teen" | "adult" | "elder";

export const OPENINGS: Record<AgeGroup, ByLocale<Template>> = {
  child: {
    es: [
      (t) => `Jugaba frente a su casa en ${t.city} y desapareció en pocos minutos.`,
      (t) => `Se separó de su madre en el mercado de ${t.city}.`,
      () => `Estaba al cuidado de una vecina y ya no estaba cuando su madre regresó del trabajo.`,
      (t) =>
        `No llegó a la escuela; salió de casa ${t.g("acompañado", "acompañada")} de un conocido de la familia.`,
    ],
    en: [
      (t) => `Was playing outside the house in ${t.city} and disappeared within minutes.`,
      (t) => `Got separated from ${t.g("his", "her")} mother at the market in ${t.city}.`,
      (t) =>
        `Was in the care of a neighbour and was gone when ${t.g("his", "her")} mother came back from work.`,
      () => `Never arrived at school; left home with an acquaintance of the family.`,
    ],
  },
  teen: {
    es: [
      () => `Salió hacia el colegio y no regresó.`,
      (t) => `Salió de su casa en ${t.city} diciendo que iba donde una amiga y no volvió.`,
      (t) => `Fue ${t.g("visto", "vista")} por última vez a la salida del colegio en ${t.city}.`,
      (t) => `Salió a una fiesta el ${t.weekday} por la noche y no regresó a casa.`,
      () => `Salió a hacer un mandado a la tienda del barrio y no volvió.`,
      () => `No llegó a casa después de clases; sus compañeros dicen que subió a un taxi.`,
      () => `Dejó una nota diciendo que se iba a trabajar y no ha vuelto a comunicarse.`,
      () => `Se fue de la casa tras una discusión familiar y no ha regresado.`,
      (t) => `Salió de la casa de sus abuelos en ${t.city} sin avisar a nadie.`,
    ],
    en: [
      () => `Left for school and did not come home.`,
      (t) =>
        `Left home in ${t.city} saying ${t.g("he", "she")} was going to a friend's house and has not returned.`,
      (t) => `Was last seen outside the school gate in ${t.city}.`,
      (t) => `Went to a party on ${t.weekday} night and did not return home.`,
      () => `Went to the shop on an errand and never came back.`,
      (t) => `Did not come home after classes; classmates say ${t.g("he", "she")} got into a taxi.`,
      (t) => `Left a note saying ${t.g("he", "she")} was going to work and has not been in touch since.`,
      () => `Left home after a family argument and has not returned.`,
    ],
  },
  adult: {
    es: [
      (t) => `Salió a trabajar el ${t.weekday} por la mañana y no regresó.`,
      (t) => `Viajó a ${t.city} a buscar trabajo y dejó de comunicarse con la familia.`,
      () => `Le ofrecieron un trabajo en la capital y viajó sin dar más detalles.`,
      (t) => `Fue ${t.g("visto", "vista")} por última vez en la terminal de buses de ${t.city}.`,
      () => `Salió de su casa para cobrar un dinero que le debían y no volvió.`,
      (t) => `Tomó un bus hacia ${t.city} y nunca llegó a su destino.`,
    ],
    en: [
      (t) => `Left for work on ${t.weekday} morning and did not return.`,
      (t) => `Travelled to ${t.city} to look for work and stopped answering calls.`,
      () => `Was offered a job in another district and left without giving details.`,
      (t) => `Was last seen at the bus terminal in ${t.city}.`,
      (t) => `Took a bus to ${t.city} and never arrived.`,
    ],
  },
  elder: {
    es: [
      () => `Salió a caminar por la mañana y no supo regresar; tiene pérdida de memoria.`,
      (t) => `Salió de su casa en ${t.city} para ir al centro de salud y no volvió.`,
      (t) => `Se desorientó en el mercado de ${t.city} y nadie ha vuelto a ${t.g("verlo", "verla")}.`,
    ],
    en: [
      () => `Went for a walk in the morning and could not find the way home; has memory loss.`,
      (t) => `Left home in ${t.city} to go to the health centre and did not return.`,
      (t) => `Became disoriented at the market in ${t.city} and has not been seen since.`,
    ],
  },
};

export const RISK_SENTENCES: Record<string, ByLocale<Template>> = {
  JOB_OFFER_ABROAD: {
    es: [
      (t) => `Una conocida le ofreció un trabajo bien pagado en ${t.abroad}.`,
      (t) => `Comentó que una agencia le había conseguido empleo en ${t.abroad}.`,
    ],
    en: [
      (t) => `An acquaintance had offered ${t.g("him", "her")} a well-paid job in ${t.abroad}.`,
      (t) => `${t.g("He", "She")} said an agency had found ${t.g("him", "her")} work in ${t.abroad}.`,
    ],
  },
  RECENT_ACQUAINTANCE: {
    es: [
      () => `En las últimas semanas se le veía con un hombre mayor al que la familia no conoce.`,
      () => `Pocas semanas antes había empezado a salir con un grupo de personas nuevas.`,
    ],
    en: [
      (t) => `In recent weeks ${t.g("he", "she")} had been seen with an older man the family does not know.`,
    ],
  },
  DOCUMENTS_HELD: {
    es: [
      () => `La persona que le organizó el viaje se quedó con su documento de identidad.`,
      () => `Su empleador le retuvo el pasaporte "para hacer los trámites".`,
    ],
    en: [(t) => `The person who arranged the trip kept ${t.g("his", "her")} passport and ID card.`],
  },
  ONLINE_CONTACT: {
    es: [
      () => `Chateaba a diario con alguien que conoció por redes sociales.`,
      () => `Antes de salir recibió mensajes de un perfil que ya fue eliminado.`,
    ],
    en: [(t) => `${t.g("He", "She")} had been chatting every day with someone met on social media.`],
  },
  DEBT_BONDAGE: {
    es: [
      () => `Decía que le debía dinero a su empleador por el pasaje y el alojamiento.`,
      () => `La familia recibió llamadas exigiendo el pago de una deuda a su nombre.`,
    ],
    en: [(t) => `${t.g("He", "She")} said the employer was charging for the fare and lodging.`],
  },
  CROSSED_BORDER: {
    es: [
      (t) => `Su última llamada se registró cerca de ${t.border}.`,
      (t) => `Un testigo ${t.g("lo", "la")} vio cruzar por ${t.border}.`,
    ],
    en: [
      (t) => `${t.g("His", "Her")} last phone call was made near ${t.border}.`,
      (t) => `A witness saw ${t.g("him", "her")} crossing at ${t.border}.`,
    ],
  },
};

export const CLOSINGS: ByLocale<Template> = {
  es: [
    () => `Su teléfono está apagado desde entonces.`,
    () => `No se llevó ropa ni dinero.`,
    () => `Es la primera vez que se ausenta.`,
    () => `La familia ya presentó la denuncia en la comisaría.`,
  ],
  en: [
    (t) => `${t.g("His", "Her")} phone has been switched off since.`,
    (t) => `${t.g("He", "She")} did not take clothes or money.`,
    () => `It is the first time this has happened.`,
    () => `The family has made a report at the police station.`,
  ],
};

export const WEEKDAYS: Record<Locale, readonly string[]> = {
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** Crossings people actually use when leaving each country. */
export const BORDER_PLACES: Record<CountryCode, readonly string[]> = {
  BZ: ["Benque Viejo del Carmen", "Santa Elena", "Jalacte"],
  BO: ["Desaguadero", "Villazón", "Yacuiba", "Puerto Quijarro", "Pisiga"],
  CL: ["Chacalluta", "Colchane", "Paso Los Libertadores"],
  CR: ["Peñas Blancas", "Paso Canoas", "Sixaola", "Los Chiles"],
  EC: ["Huaquillas", "Rumichaca", "Macará"],
  GT: ["Tecún Umán", "La Mesilla", "El Ceibo", "Melchor de Mencos"],
  NI: ["Peñas Blancas", "El Guasaule", "Las Manos", "San Pancho"],
  PE: ["Desaguadero", "Aguas Verdes", "Santa Rosa", "Iñapari"],
  PR: ["Luis Muñoz Marín Airport", "Mayagüez ferry terminal"],
};

/** Destinations typically named in fraudulent job offers. */
export const ABROAD_PLACES: Record<CountryCode, readonly string[]> = {
  BZ: ["Cancún", "Playa del Carmen", "Chetumal", "Houston"],
  BO: ["Buenos Aires", "São Paulo", "Iquique", "Santiago de Chile"],
  CL: ["Mendoza", "Lima", "Madrid"],
  CR: ["Cancún", "Ciudad de Panamá", "Madrid"],
  EC: ["Lima", "Santiago de Chile", "Madrid", "Nueva York"],
  GT: ["Cancún", "Tapachula", "Houston", "Los Ángeles"],
  NI: ["San José", "Ciudad de Panamá", "Madrid"],
  PE: ["Santiago de Chile", "Buenos Aires", "La Paz", "Madrid"],
  PR: ["Orlando", "Nueva York", "Santo Domingo"],
};

/** Physical description vocabularies; repeated entries are deliberately more frequent. */
export const BUILDS: ByLocale<string> = {
  es: ["delgada", "delgada", "media", "media", "robusta", "atlética"],
  en: ["slim", "slim", "medium", "medium", "stocky", "athletic"],
};

export const HAIR: ByLocale<string> = {
  es: [
    "negro, lacio, largo",
    "negro, lacio, corto",
    "negro, rizado",
    "castaño oscuro, ondulado",
    "castaño claro, lacio",
    "teñido de rojo",
    "rapado",
    "negro, con trenzas",
  ],
  en: [
    "black, straight, long",
    "black, short",
    "black, curly",
    "dark brown, wavy",
    "light brown, straight",
    "dyed red",
    "shaved",
    "black, braided",
    "dreadlocks",
  ],
};

export const ELDER_HAIR: ByLocale<string> = {
  es: ["canoso, corto", "canoso, largo", "gris, escaso"],
  en: ["grey, short", "grey, long", "grey, thinning"],
};

export const EYES: ByLocale<string> = {
  es: ["café oscuro", "café oscuro", "café oscuro", "café", "café", "negro", "miel", "verde"],
  en: ["dark brown", "dark brown", "dark brown", "brown", "brown", "black", "hazel", "green"],
};

export const MARKS: ByLocale<string> = {
  es: [
    "Cicatriz pequeña en la ceja izquierda",
    "Lunar en la mejilla derecha",
    "Usa lentes",
    "Brackets en los dientes",
    "Mancha de nacimiento en el cuello",
    "Le falta un diente incisivo",
    "Cicatriz de quemadura en la mano izquierda",
  ],
  en: [
    "Small scar on the left eyebrow",
    "Mole on the right cheek",
    "Wears glasses",
    "Braces on teeth",
    "Birthmark on the neck",
    "Missing a front tooth",
    "Burn scar on the left hand",
  ],
};

/** Only described for people aged 15 or more. */
export const OLDER_MARKS: ByLocale<string> = {
  es: [
    "Tatuaje de una rosa en el antebrazo derecho",
    "Perforación en la nariz",
    "Tatuaje con el nombre «Mamá» en el brazo izquierdo",
    "Varias perforaciones en las orejas",
  ],
  en: [
    "Rose tattoo on the right forearm",
    "Nose piercing",
    'Tattoo reading "Mom" on the left arm',
    "Several ear piercings",
  ],
};

export const CLOTHING = {
  es: {
    top: [
      "camiseta blanca",
      "camiseta negra estampada",
      "sudadera gris con capucha",
      "chompa azul",
      "chaqueta de mezclilla",
      "camisa a cuadros",
      "polera roja",
    ],
    topF: ["blusa rosada", "blusa blanca bordada"],
    bottom: ["jeans azules", "pantalón negro", "short de mezclilla", "pantalón deportivo gris"],
    bottomF: ["falda negra", "licras negras"],
    shoes: ["tenis blancos", "zapatillas negras", "sandalias", "botas de hule", "chancletas"],
    uniformM: "uniforme escolar (camisa blanca y pantalón azul marino)",
    uniformF: "uniforme escolar (blusa blanca y falda azul marino)",
    and: "y",
  },
  en: {
    top: [
      "white T-shirt",
      "black printed T-shirt",
      "grey hoodie",
      "blue sweater",
      "denim jacket",
      "checked shirt",
      "red polo shirt",
    ],
    topF: ["pink blouse", "white embroidered blouse"],
    bottom: ["blue jeans", "black trousers", "denim shorts", "grey tracksuit bottoms"],
    bottomF: ["black skirt", "black leggings"],
    shoes: ["white sneakers", "black sneakers", "sandals", "rubber boots", "slippers"],
    uniformM: "school uniform (white shirt and navy trousers)",
    uniformF: "school uniform (white blouse and navy skirt)",
    and: "and",
  },
} as const;

/** Traditional dress worn by many indigenous women and girls, keyed by culture. */
export const TRADITIONAL_DRESS: Record<string, Record<Locale, string>> = {
  maya: { es: "güipil bordado y corte típico", en: "embroidered huipil and traditional skirt" },
  andean: { es: "pollera, manta y sombrero", en: "pollera skirt, shawl and hat" },
  kichwa: { es: "anaco negro y blusa bordada", en: "black anaco skirt and embroidered blouse" },
};

export const MEDICAL: ByLocale<string> = {
  es: [
    "Diabetes tipo 1; necesita insulina a diario.",
    "Epilepsia; toma medicación diaria.",
    "Asma; usa inhalador.",
    "Discapacidad intelectual leve.",
    "Trastorno del espectro autista; puede no responder a su nombre.",
    "Depresión; está en tratamiento.",
    "Usa audífono.",
  ],
  en: [
    "Type 1 diabetes; needs insulin daily.",
    "Epilepsy; takes daily medication.",
    "Asthma; uses an inhaler.",
    "Mild intellectual disability.",
    "Autism; may not respond to their name.",
    "Depression; under treatment.",
    "Wears a hearing aid.",
  ],
};

export const ELDER_MEDICAL: ByLocale<string> = {
  es: [
    "Alzheimer; se desorienta con facilidad.",
    "Hipertensión; toma medicación diaria.",
    "Demencia senil; no recuerda su dirección.",
  ],
  en: [
    "Alzheimer's; easily disoriented.",
    "High blood pressure; takes daily medication.",
    "Dementia; does not remember the home address.",
  ],
};

export const PREGNANCY: Record<Locale, string> = {
  es: "Embarazada de cinco meses.",
  en: "Five months pregnant.",
};
