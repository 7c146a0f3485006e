import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** Pages render the not-found page when a data function says "not found" (missing or out of scope). */
export async function loadOrNotFound<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
