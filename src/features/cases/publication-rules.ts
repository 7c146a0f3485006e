// When a case may be approved for the public bulletin. Pure, so the case page can say why the
// approval is not offered (instead of a button that can only fail) and the data function can
// refuse a crafted request with the same reason.

/** Cases in these statuses are the ones the public bulletin may show. */
export const PUBLISHABLE = ["VERIFIED", "ACTIVE"] as const;

export type PublicationBlocker = "cases:errors.consentWithdrawn" | "cases:errors.notPublishable";

export function publicationBlocker(c: {
  status: string;
  consentWithdrawnAt: Date | null;
}): PublicationBlocker | null {
  if (c.consentWithdrawnAt) return "cases:errors.consentWithdrawn";
  if (!(PUBLISHABLE as readonly string[]).includes(c.status)) return "cases:errors.notPublishable";
  return null;
}
