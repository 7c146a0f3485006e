// "I have information": the tip form. The same field builders as the claim form, so the same
// limits and the same translated messages. Shared by the browser and the server action.
import { z } from "zod";
import { optionalText, requiredLongText } from "@/lib/forms/fields";

export const TIP_LIMITS = { what: 2000, where: 200, when: 100, contact: 200 } as const;

export const TipInput = z.object(
  {
    what: requiredLongText(TIP_LIMITS.what),
    where: optionalText(TIP_LIMITS.where),
    when: optionalText(TIP_LIMITS.when),
    contact: optionalText(TIP_LIMITS.contact),
  },
  { error: "validation:required" },
);
export type TipInput = z.infer<typeof TipInput>;

/** Hidden fields the page puts in the form: which poster, and the id that makes retries safe. */
export const TipEnvelope = z.object({
  publicId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "common:errors.notFound" }),
  submissionId: z.uuid({ error: "bulletin:tip.errors.reload" }),
});
export type TipEnvelope = z.infer<typeof TipEnvelope>;
