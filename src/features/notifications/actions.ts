"use server";
// Admin: retry a dead message from the delivery log (a plain form; works without JavaScript).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isLocale } from "@/i18n/settings";
import { NotFoundError } from "@/server/errors";
import { getViewer } from "@/server/session";
import { retryDeadMessage } from "./delivery-log-data";

const RetryInput = z.object({ id: z.uuid(), locale: z.string().refine(isLocale) });

export async function retryMessageAction(form: FormData): Promise<void> {
  const parsed = RetryInput.safeParse({ id: form.get("id"), locale: form.get("locale") });
  const locale = parsed.success ? parsed.data.locale : "es";
  const viewer = await getViewer();
  let outcome = "retried";
  try {
    if (!parsed.success || !viewer) throw new NotFoundError();
    await retryDeadMessage(viewer, parsed.data.id);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    outcome = "notFound";
  }
  revalidatePath("/[locale]/admin/messages", "page");
  redirect(`/${locale}/admin/messages?status=DEAD&${outcome}=1`);
}
