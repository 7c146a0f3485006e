// Trafficking indicators an officer or caseworker can tick on a case. The codes are the ones the
// intake stores in Case.riskIndicators (and the synthetic data uses), so a flag set by the family
// and one set by staff read the same way.
import { RISK_INDICATORS } from "@/lib/case-options";

export const TRAFFICKING_INDICATORS = RISK_INDICATORS;
export type TraffickingIndicator = (typeof TRAFFICKING_INDICATORS)[number];
