"use server";
import { logUnexpected } from "@/server/errors";
import { allowPublic } from "@/server/public-limits";
import { requestHeaders } from "@/server/request-info";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "@/server/result";
import { searchBulletin } from "./data";
import type { PublicCase } from "./public-case";
import { BulletinSearch } from "./schemas";

export type SearchValues = Partial<Record<"name" | "country" | "region", string>>;
/** Results of a bulletin search; `values` refill the form (the search never goes into the URL). */
export type SearchActionState = (ActionResult<PublicCase[]> & { values: SearchValues }) | null;

// Public: no viewer needed. Everything returned already passed the bulletin's consent rules.
export async function searchBulletinAction(
  _prev: SearchActionState,
  form: FormData,
): Promise<SearchActionState> {
  const get = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
  const values: SearchValues = { name: get("name"), country: get("country"), region: get("region") };
  const parsed = BulletinSearch.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ...fail(Object.values(fieldErrors)[0] ?? "validation:invalidChoice", fieldErrors), values };
  }
  try {
    if (!(await allowPublic("bulletinSearch", await requestHeaders())))
      return { ...fail("common:errors.rateLimited"), values };
    return { ...ok(await searchBulletin(parsed.data)), values };
  } catch (err) {
    logUnexpected(err, "searchBulletinAction");
    return { ...fail("common:errors.unexpected"), values };
  }
}
