"use server";
// Server actions of found records, through the one pipeline (src/server/action.ts): parse with
// the feature's zod schema -> who is asking -> the data function (which scopes and authorizes
// again) -> ActionResult.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { preparePhotos } from "@/server/photos";
import { MAX_PHOTOS } from "@/lib/case-options";
import { photoSizeErrors } from "@/server/photos";
import { formValues, runAction, runChangeAction, type ChangeState } from "@/server/action";
import { fail, type ActionResult, type ActionState } from "@/server/result";
import type { Viewer } from "@/server/viewer";
import {
  addFoundNote,
  changeFoundStatus,
  FoundRejectedError,
  recordFoundPerson,
  searchFoundPersons,
  type FoundSearchPage,
  type RecordedFound,
} from "./data";
import { FoundInput, FoundNoteInput, FoundSearchInput, FoundStatusInput } from "./schemas";

export type FoundFormState = ChangeState;
/** The search; `values` echo the submitted form (never put in a URL). */
export type FoundSearchState = ActionState<FoundSearchPage>;

const SEARCH_FIELDS = ["q", "status", "condition", "sex", "country", "age", "foundFrom", "foundTo", "page"];

export async function searchFoundAction(_prev: FoundSearchState, form: FormData): Promise<FoundSearchState> {
  const values = formValues(form, SEARCH_FIELDS);
  return runAction(FoundSearchInput, values, (input, viewer) => searchFoundPersons(viewer, input), {
    where: "searchFoundAction",
    values,
  });
}

/** The filing form sends the record as JSON (the schema's shape) plus up to three photo files. */
export async function recordFoundAction(form: FormData): Promise<ActionResult<RecordedFound>> {
  const raw = form.get("found");
  if (typeof raw !== "string" || raw.length > 64_000) return fail("validation:invalid");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail("validation:invalid");
  }
  const files = form.getAll("photos").filter((f): f is File => typeof f !== "string");
  return runAction(
    FoundInput,
    json,
    async (input, viewer) => {
      const sizeErrors = photoSizeErrors(files.map((f) => f.size));
      if (sizeErrors || files.length > MAX_PHOTOS) throw new FoundRejectedError(sizeErrors ?? {});
      const prepared = await preparePhotos(
        await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer()))),
      );
      if (!prepared.ok) throw new FoundRejectedError(prepared.fieldErrors);
      const recorded = await recordFoundPerson(viewer, input, prepared.photos);
      revalidatePath("/[locale]/found", "page");
      return recorded;
    },
    { where: "recordFoundAction", invalidKey: "validation:invalid" },
  );
}

const changeFound = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  change: (viewer: Viewer, data: z.infer<S>) => Promise<void>,
  where: string,
  prev: FoundFormState,
) => runChangeAction(schema, input, change, { where, prev, revalidate: "/[locale]/found/[foundNumber]" });

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function changeFoundStatusAction(prev: FoundFormState, form: FormData) {
  const input = {
    foundNumber: field(form, "foundNumber"),
    from: field(form, "from"),
    to: field(form, "to"),
    reason: field(form, "reason"),
  };
  return changeFound(FoundStatusInput, input, changeFoundStatus, "changeFoundStatusAction", prev);
}

export async function addFoundNoteAction(prev: FoundFormState, form: FormData) {
  const input = { foundNumber: field(form, "foundNumber"), body: field(form, "body") };
  return changeFound(FoundNoteInput, input, addFoundNote, "addFoundNoteAction", prev);
}
