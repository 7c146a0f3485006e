// The retention rules' kinds, floors and the edit form's schema (decision 143). No server imports.
import { z } from "zod";

export const RETENTION_KINDS = ["REJECTED_CASE", "CLOSED_CASE", "LOCATED_PHOTO", "ACCESS_LOG"] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
export const RETENTION_ACTIONS = ["DELETE", "ANONYMISE"] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** The shortest period an admin may set (the database's CHECK holds the same numbers). */
export const RETENTION_FLOOR_DAYS: Record<RetentionKind, number> = {
  REJECTED_CASE: 30,
  CLOSED_CASE: 365,
  LOCATED_PHOTO: 7,
  ACCESS_LOG: 365,
};

/** What each kind may have done to it: photos and access logs are only ever deleted. */
export const RETENTION_ACTIONS_OF: Record<RetentionKind, readonly RetentionAction[]> = {
  REJECTED_CASE: ["DELETE", "ANONYMISE"],
  CLOSED_CASE: ["ANONYMISE", "DELETE"],
  LOCATED_PHOTO: ["DELETE"],
  ACCESS_LOG: ["DELETE"],
};

/** Longest period accepted: 30 years (a typo of an extra digit should not keep data forever). */
export const RETENTION_MAX_DAYS = 30 * 366;

export const RetentionRuleInput = z
  .object({
    kind: z.enum(RETENTION_KINDS, "retention:errors.invalidChoice"),
    keepDays: z.coerce
      .number("retention:errors.days")
      .int("retention:errors.days")
      .max(RETENTION_MAX_DAYS, "retention:errors.tooLong"),
    action: z.enum(RETENTION_ACTIONS, "retention:errors.invalidChoice"),
  })
  .superRefine((v, ctx) => {
    if (v.keepDays < RETENTION_FLOOR_DAYS[v.kind]) {
      ctx.addIssue({ code: "custom", path: ["keepDays"], message: `retention:errors.floor.${v.kind}` });
    }
    if (!RETENTION_ACTIONS_OF[v.kind].includes(v.action)) {
      ctx.addIssue({ code: "custom", path: ["action"], message: "retention:errors.invalidChoice" });
    }
  });
export type RetentionRuleInput = z.infer<typeof RetentionRuleInput>;

/** Undoing one case's soft delete, by its case number. */
export const RetentionRestoreInput = z.object({
  caseNumber: z
    .string("retention:errors.required")
    .trim()
    .toUpperCase()
    .min(1, "retention:errors.required")
    .max(40, "retention:errors.tooLong"),
});
export type RetentionRestoreInput = z.infer<typeof RetentionRestoreInput>;
