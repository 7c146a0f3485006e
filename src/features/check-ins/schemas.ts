// The answer form of a check-in (client-safe). The token is checked by its signature, not here.
import { z } from "zod";
import { CHECK_IN_ANSWERS } from "./due";

export const CheckInAnswerInput = z.object({
  token: z.string().min(10).max(300),
  answer: z.enum(CHECK_IN_ANSWERS),
});
export type CheckInAnswerInput = z.infer<typeof CheckInAnswerInput>;
