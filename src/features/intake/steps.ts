// The form's steps, apart from the schema so that the form can name them without loading zod
// (the schema is fetched only once the family starts typing: see components/claim-resolver.ts).

/** The form's steps and the top-level part of the claim each one fills. */
export const CLAIM_STEPS = ["person", "lastSeen", "photos", "reporter", "consent"] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];
