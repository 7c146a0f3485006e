// The answer form of a check-in (client-safe). The token is checked by its signature, not here.
import { z } from "zod";
import { CHECK_IN_ANSWERS } from "./due";

export const CheckInAnswerInput = z.object({
  token: z.string().min(10).max(300),
  answer: z.enum(CHECK_IN_ANSWERS),
});
export type CheckInAnswerInput = z.infer<typeof CheckInAnswerInput>;

/** The staff view's filter (decision 149): GET parameters, no personal data in them. */
export const PENDING_STATES = ["OVERDUE", "DUE", "AWAITING"] as const;
export type PendingState = (typeof PENDING_STATES)[number];
const blank = (v: unknown) => (v === "" || v === null || Array.isArray(v) ? undefined : v);
/** Unknown values fall back to the default view: it is only a filter. */
export const PendingFilter = z.object({
  state: z.preprocess(blank, z.enum(PENDING_STATES).optional()).catch(undefined),
  mine: z.preprocess((v) => v === "1" || v === "on", z.boolean()).catch(false),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(1)).catch(1),
});
export type PendingFilter = z.infer<typeof PendingFilter>;
