// What the report form holds while the family types: strings straight from the inputs. The
// schema (ClaimInput) trims and converts them; the server parses the same values again.
import type { Locale } from "@/i18n/settings";

export interface ClaimFormValues {
  submissionId: string;
  person: {
    givenNames: string;
    familyNames: string;
    otherNames: string;
    sex: string;
    dateOfBirth: string;
    approxAge: string;
    nationality: string;
    languages: string[];
    identityDocument: string;
    heightCm: string;
    build: string;
    hair: string;
    eyeColour: string;
    distinguishingMarks: string;
    clothing: string;
    medicalNeeds: string;
  };
  lastSeen: {
    country: string;
    region: string;
    city: string;
    date: string;
    time: string;
    circumstances: string;
    riskIndicators: string[];
  };
  reporter: {
    name: string;
    relationship: string;
    phone: string;
    email: string;
    preferredLocale: string;
    emailUpdates: boolean;
    smsUpdates: boolean;
  };
  consent: {
    publishPhoto: boolean;
    publishName: boolean;
    publishAge: boolean;
    publishLastSeen: boolean;
    publishDescription: boolean;
    guardianConfirmed: boolean;
    crossBorder: string;
  };
}

export function emptyClaimValues(locale: Locale, submissionId = ""): ClaimFormValues {
  return {
    submissionId,
    person: {
      givenNames: "",
      familyNames: "",
      otherNames: "",
      sex: "",
      dateOfBirth: "",
      approxAge: "",
      nationality: "",
      languages: [],
      identityDocument: "",
      heightCm: "",
      build: "",
      hair: "",
      eyeColour: "",
      distinguishingMarks: "",
      clothing: "",
      medicalNeeds: "",
    },
    lastSeen: {
      country: "",
      region: "",
      city: "",
      date: "",
      time: "",
      circumstances: "",
      riskIndicators: [],
    },
    reporter: {
      name: "",
      relationship: "",
      phone: "",
      email: "",
      preferredLocale: locale,
      emailUpdates: false,
      smsUpdates: false,
    },
    consent: {
      publishPhoto: false,
      publishName: false,
      publishAge: false,
      publishLastSeen: false,
      publishDescription: false,
      guardianConfirmed: false,
      crossBorder: "NETWORK",
    },
  };
}

/** A v4 UUID; crypto.randomUUID exists only on HTTPS pages, getRandomValues everywhere. */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
