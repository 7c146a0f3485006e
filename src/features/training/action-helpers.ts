import "server-only";
import { revalidatePath } from "next/cache";
import { AppError, logUnexpected } from "@/server/errors";
import { fail, ok, type ActionResult } from "@/server/result";
import { TrainingInputError } from "./access";

/**
 * Runs a data function for an action: expected failures become their i18n key (and field
 * errors), anything else is logged with an id and shown as the generic message.
 */
export async function runAction<T>(where: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await fn();
    // Every training page reads fresh data (they are dynamic); this drops the router's copies.
    revalidatePath("/[locale]/training", "layout");
    return ok(data);
  } catch (err) {
    if (err instanceof TrainingInputError) return fail(err.key, err.fieldErrors);
    if (err instanceof AppError) {
      const fieldErrors = (err as { fieldErrors?: Record<string, string> }).fieldErrors;
      return fail(err.key, fieldErrors);
    }
    return fail("common:errors.unexpected", { _ref: logUnexpected(err, where) });
  }
}

export function formString(form: FormData, key: string): string {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
}
