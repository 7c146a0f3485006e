// Trafficking indicators an officer or caseworker can tick on a case. The codes are the ones the
// intake stores in Case.riskIndicators (and the synthetic data uses), so a flag set by the family
// and one set by staff read the same way.
export const TRAFFICKING_INDICATORS = [
  "JOB_OFFER_ABROAD",
  "RECENT_ACQUAINTANCE",
  "DOCUMENTS_HELD",
  "ONLINE_CONTACT",
  "DEBT_BONDAGE",
  "CROSSED_BORDER",
] as const;
export type TraffickingIndicator = (typeof TRAFFICKING_INDICATORS)[number];
