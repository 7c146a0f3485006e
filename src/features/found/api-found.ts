import "server-only";
// POST /api/v1/found for partner systems (token scope found:create): the found-person form's
// schema and data function (idempotent on submissionId; matching runs after commit). No photos
// through the API yet: they are added on the record's page.
import type { z } from "zod";
import type { FoundReceipt } from "@/lib/api/schemas";
import { parseJsonBody, ValidationError } from "@/server/api-problem";
import type { Viewer } from "@/server/viewer";
import { FoundRejectedError, recordFoundPerson } from "./data";
import { FoundInput } from "./schemas";

export async function recordFoundRoute(req: Request, viewer: Viewer): Promise<Response> {
  const input = await parseJsonBody(req, FoundInput);
  let answer: z.infer<typeof FoundReceipt>;
  try {
    answer = await recordFoundPerson(viewer, input);
  } catch (err) {
    if (err instanceof FoundRejectedError) throw new ValidationError(err.fieldErrors);
    throw err;
  }
  return Response.json(answer, {
    status: answer.created ? 201 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
