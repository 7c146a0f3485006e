// Removal requests (decision 150): the public form on a poster, the family's form on the track
// page and the staff decision. Client-safe; messages are i18n keys.
import { z } from "zod";
import { choice, optionalLongText } from "@/lib/forms/fields";

/** What a requester may say; WITHDRAW_CLAIM is only ever written by the family's withdrawal. */
export const REQUEST_REASONS = ["SAFE_SELF", "WRONG", "ENDANGERS"] as const;
export type RequestReason = (typeof REQUEST_REASONS)[number];
export const REMOVAL_MESSAGE_MAX = 1000;

export const RemovalRequestInput = z.object({
  reason: choice(REQUEST_REASONS),
  message: optionalLongText(REMOVAL_MESSAGE_MAX),
});
export type RemovalRequestInput = z.infer<typeof RemovalRequestInput>;

export const PublicIdField = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "common:errors.notFound" });

export const REMOVAL_DECISIONS = ["KEEP_HIDDEN", "RESTORE"] as const;

export const RemovalDecisionInput = z.object({
  caseNumber: z.string().min(1).max(60),
  requestId: z.uuid({ error: "common:errors.notFound" }),
  decision: choice(REMOVAL_DECISIONS),
  note: optionalLongText(REMOVAL_MESSAGE_MAX),
});
export type RemovalDecisionInput = z.infer<typeof RemovalDecisionInput>;
