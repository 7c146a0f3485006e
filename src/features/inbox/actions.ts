"use server";
import { revalidatePath } from "next/cache";
import { formString, runAction } from "@/server/action";
import { markInboxItem } from "./data";
import { InboxMarkInput } from "./schemas";

/**
 * The inbox's read / done buttons: plain form posts (they work before JavaScript) through the
 * one pipeline; a stale or foreign item id is simply not found and changes nothing.
 */
export async function markInboxAction(form: FormData): Promise<void> {
  const input = { itemId: formString(form, "itemId"), mark: formString(form, "mark") };
  await runAction(
    InboxMarkInput,
    input,
    async (v, viewer) => {
      await markInboxItem(viewer, v.itemId, v.mark === "open" ? "reopen" : v.mark);
      revalidatePath("/[locale]", "layout");
    },
    { where: "markInboxItem" },
  );
}
