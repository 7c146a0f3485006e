// The fixed lists of the claim form. Codes are stored; labels come from locales (intake.json).
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { LOCALES } from "@/i18n/settings";

/** The nine participating countries: a claim is filed with one of them. */
export const CLAIM_COUNTRIES = COUNTRY_CODES;
export type ClaimCountry = (typeof CLAIM_COUNTRIES)[number];

export const SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;

/** Nationalities most often seen in the network; ZZ (ISO "unknown or other") covers the rest. */
export const NATIONALITIES = [
  ...COUNTRY_CODES,
  "AR",
  "BR",
  "CO",
  "DO",
  "HN",
  "HT",
  "MX",
  "PY",
  "SV",
  "US",
  "VE",
  "ZZ",
] as const;

/** Languages the person speaks: the portal's languages plus those of Belize and Guatemala. */
export const SPOKEN_LANGUAGES = [
  "es",
  "en",
  "pt",
  "fr",
  "ht",
  "qu",
  "ay",
  "gn",
  "kriol",
  "garifuna",
  "qeqchi",
  "kiche",
  "mam",
  "other",
] as const;

/** Warning signs of trafficking the reporter may tick (same codes the casework uses). */
export const RISK_INDICATORS = [
  "JOB_OFFER_ABROAD",
  "RECENT_ACQUAINTANCE",
  "DOCUMENTS_HELD",
  "ONLINE_CONTACT",
  "DEBT_BONDAGE",
  "CROSSED_BORDER",
] as const;

export const RELATIONSHIPS = [
  "MOTHER",
  "FATHER",
  "SIBLING",
  "GRANDPARENT",
  "OTHER_RELATIVE",
  "GUARDIAN",
  "FRIEND",
  "TEACHER",
  "OTHER",
] as const;

export const PREFERRED_LOCALES = LOCALES;

/** Photo limits, shared by the form (early, friendly check) and the server (the real check). */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** The longest side a stored photo keeps; the form shrinks to it before sending (photo-size.ts). */
export const PHOTO_MAX_PX = 1600;

/** Region codes look like "BZ-CY" or "PR-021"; the region must belong to the chosen country. */
export const REGION_CODE_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Who beyond the owning country may see a claim (the family's choice; enum CrossBorderConsent). */
export const CROSS_BORDER_CONSENTS = ["NETWORK", "IDENTIFYING", "OWN_COUNTRY"] as const;
