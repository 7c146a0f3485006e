// What the review forms send. Messages are i18n keys. No server imports.
import { z } from "zod";
import { requiredText } from "@/lib/forms/fields";

// "propose": a second-tier pair (status CANDIDATE) into the review queue, by a reviewer.
export const MATCH_DECISIONS = ["confirm", "reject", "needsInfo", "unconfirm", "propose"] as const;
export type MatchDecision = (typeof MATCH_DECISIONS)[number];

export const MatchDecisionInput = z.object({
  id: z.uuid("validation:invalid"),
  decision: z.enum(MATCH_DECISIONS, "validation:invalidChoice"),
  // Why (confirm, reject, un-confirm) or what the other country should check (needs info).
  note: requiredText(1000).pipe(z.string().min(3, "matches:errors.noteTooShort")),
});
export type MatchDecisionInput = z.infer<typeof MatchDecisionInput>;

export const MATCH_STATUSES = ["PROPOSED", "NEEDS_INFO", "CONFIRMED", "REJECTED"] as const;
export const MatchListInput = z.object({
  status: z.enum(MATCH_STATUSES).catch("PROPOSED"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type MatchListInput = z.infer<typeof MatchListInput>;
