// Shared pieces of the found feature's tests: a valid record as the form would send it.
import crypto from "node:crypto";
import type { FoundFormValues } from "./schemas";

/** The e2e story's girl: "Naye", about 15, a rose tattoo on the left forearm. */
export function nayeRecord(o: Partial<FoundFormValues> = {}): FoundFormValues {
  return {
    submissionId: crypto.randomUUID(),
    condition: "ALIVE",
    foundOn: "2026-11-20",
    foundPlace: "Terminal de buses, zona 4",
    circumstances:
      "Encontrada sola en la terminal; dice que la trajeron desde Bolivia con una oferta de trabajo.",
    institutionType: "SHELTER",
    institutionName: "Hogar Temporal Zona 4",
    namesGiven: "Naye",
    sex: "FEMALE",
    ageMin: "14",
    ageMax: "16",
    heightMinCm: "150",
    heightMaxCm: "158",
    languages: ["es", "qu"],
    marks: [{ type: "TATTOO", bodyLocation: "LEFT_FOREARM", description: "rosa" }],
    ...o,
  };
}
