// A complete, valid claim for tests (unit, integration, e2e helpers). Synthetic data only.
import type { ClaimInput } from "./schemas";

export function goodClaim(overrides: { submissionId?: string } = {}): ClaimInput {
  return {
    submissionId: overrides.submissionId ?? crypto.randomUUID(),
    person: {
      givenNames: "María José",
      familyNames: "Mamani Quispe",
      otherNames: "Majo",
      sex: "FEMALE",
      dateOfBirth: "2009-03-14",
      approxAge: undefined,
      nationality: "BO",
      languages: ["es", "ay"],
      identityDocument: undefined,
      heightCm: 152,
      build: "Delgada",
      hair: "Negro, largo",
      eyeColour: "Café",
      distinguishingMarks: "Cicatriz pequeña en la ceja izquierda",
      clothing: "Uniforme escolar azul, mochila roja",
      medicalNeeds: undefined,
    },
    lastSeen: {
      country: "BO",
      region: "BO-L",
      city: "El Alto",
      date: "2026-10-02",
      time: "17:30",
      circumstances: "Salió del colegio y no llegó a casa. Una amiga dice que le ofrecieron trabajo.",
      riskIndicators: ["JOB_OFFER_ABROAD"],
    },
    reporter: {
      name: "Rosa Quispe",
      relationship: "MOTHER",
      phone: "+591 7123 4567",
      email: undefined,
      preferredLocale: "es",
      emailUpdates: false,
      smsUpdates: false,
    },
    consent: {
      publishPhoto: true,
      publishName: true,
      publishAge: true,
      publishLastSeen: false,
      publishDescription: false,
      guardianConfirmed: true,
      crossBorder: "NETWORK",
    },
  };
}
