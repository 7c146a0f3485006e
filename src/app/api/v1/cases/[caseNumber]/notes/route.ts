import { addNoteRoute } from "@/features/cases/api-case";
import { partnerRoute } from "@/features/partners/api-auth";

export const dynamic = "force-dynamic";

/** Adds a note to a case the token may write to (cases:note). */
export const POST = partnerRoute("POST /api/v1/cases/{caseNumber}/notes", "cases:note", addNoteRoute);
