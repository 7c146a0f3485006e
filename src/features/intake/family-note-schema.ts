// The track page's "add information" form (decision 142): one text for the police. Client-safe.
import { z } from "zod";
import { requiredLongText } from "@/lib/forms/fields";

export const FAMILY_NOTE_MAX = 2000;

export const FamilyNoteInput = z.object({ body: requiredLongText(FAMILY_NOTE_MAX) });
export type FamilyNoteInput = z.infer<typeof FamilyNoteInput>;

/** "The person came home" (track page): only with the box ticked, so a stray tap sends nothing. */
export const CameHomeInput = z.object({
  confirm: z.literal("yes", "checkins:cameHome.confirmRequired"),
});
export type CameHomeInput = z.infer<typeof CameHomeInput>;
