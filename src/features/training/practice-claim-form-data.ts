// The practice claim form posts flat fields ("person.givenNames", ...); this builds the nested
// object the intake's ClaimInput expects. A practice claim is never published: consent is off.

const PERSON = ["givenNames", "familyNames", "otherNames", "sex", "dateOfBirth", "approxAge"] as const;
const LAST_SEEN = ["country", "region", "city", "date", "time", "circumstances"] as const;
const REPORTER = ["name", "relationship", "phone", "email", "preferredLocale"] as const;

export const PRACTICE_CLAIM_FIELDS = [
  ...PERSON.map((f) => `person.${f}`),
  ...LAST_SEEN.map((f) => `lastSeen.${f}`),
  ...REPORTER.map((f) => `reporter.${f}`),
] as const;

const pick = <K extends string>(values: Record<string, string>, prefix: string, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, values[`${prefix}.${k}`] ?? ""])) as Record<K, string>;

export function claimFromForm(values: Record<string, string>) {
  return {
    submissionId: values.submissionId ?? "",
    person: { ...pick(values, "person", PERSON), languages: [] },
    lastSeen: { ...pick(values, "lastSeen", LAST_SEEN), riskIndicators: [] },
    reporter: pick(values, "reporter", REPORTER),
    consent: {
      publishPhoto: false,
      publishName: false,
      publishAge: false,
      publishLastSeen: false,
      publishDescription: false,
      guardianConfirmed: false,
    },
  };
}
