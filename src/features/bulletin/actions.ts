"use server";
import { AppError } from "@/server/errors";
import { formValues, runPublicAction } from "@/server/action";
import { allowPublic } from "@/server/public-limits";
import { requestHeaders } from "@/server/request-info";
import type { ActionState } from "@/server/result";
import { searchBulletin } from "./data";
import type { PublicCase } from "./public-case";
import { BulletinSearch } from "./schemas";

/** Results of a bulletin search; `values` refill the form (the search never goes into the URL). */
export type SearchActionState = ActionState<PublicCase[]>;

// Public: no viewer needed. Everything returned already passed the bulletin's consent rules.
export async function searchBulletinAction(
  _prev: SearchActionState,
  form: FormData,
): Promise<SearchActionState> {
  const values = formValues(form, ["name", "country", "region"]);
  return runPublicAction(
    BulletinSearch,
    values,
    async (input) => {
      if (!(await allowPublic("bulletinSearch", await requestHeaders())))
        throw new AppError("common:errors.rateLimited", 429);
      return searchBulletin(input);
    },
    { where: "searchBulletinAction", values },
  );
}
