"use server";
// Server actions of found records. Each one: parse with the feature's zod schema -> who is
// asking -> the data function (which scopes and authorizes again) -> a small serializable state.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { preparePhotos } from "@/features/intake/photos";
import { MAX_PHOTOS } from "@/features/intake/options";
import { photoSizeErrors } from "@/features/intake/submit-claim";
import { AppError, logUnexpected } from "@/server/errors";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "@/server/result";
import { getViewer } from "@/server/session";
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

export interface FoundFormState {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  done?: boolean;
  version?: number;
}

export interface FoundSearchState extends FoundFormState {
  /** The submitted form, echoed so the fields keep their values (never put in a URL). */
  values?: Record<string, string>;
  result?: FoundSearchPage;
}

function failure(err: unknown, where: string): FoundFormState {
  if (err instanceof AppError) return { error: err.key };
  return { error: "common:errors.unexpected", reference: logUnexpected(err, where) };
}

const SEARCH_FIELDS = ["q", "status", "condition", "sex", "country", "age", "foundFrom", "foundTo", "page"];

export async function searchFoundAction(_prev: FoundSearchState, form: FormData): Promise<FoundSearchState> {
  const values = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const parsed = FoundSearchInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const viewer = await getViewer();
  if (!viewer) return { values, error: "common:errors.signInRequired" };
  try {
    return { values, result: await searchFoundPersons(viewer, parsed.data) };
  } catch (err) {
    return { values, ...failure(err, "searchFoundAction") };
  }
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
  const parsed = FoundInput.safeParse(json);
  if (!parsed.success) return fail("validation:invalid", fieldErrorsFrom(parsed.error.issues));
  const files = form.getAll("photos").filter((f): f is File => typeof f !== "string");
  const sizeErrors = photoSizeErrors(files.map((f) => f.size));
  if (sizeErrors || files.length > MAX_PHOTOS) return fail("validation:invalid", sizeErrors ?? {});
  const viewer = await getViewer();
  if (!viewer) return fail("common:errors.signInRequired");
  try {
    const prepared = await preparePhotos(
      await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer()))),
    );
    if (!prepared.ok) return fail("validation:invalid", prepared.fieldErrors);
    const recorded = await recordFoundPerson(viewer, parsed.data, prepared.photos);
    revalidatePath("/[locale]/found", "page");
    return ok(recorded);
  } catch (err) {
    if (err instanceof FoundRejectedError) return fail(err.key, err.fieldErrors);
    return fail(failure(err, "recordFoundAction").error!);
  }
}

async function runFoundAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  change: (viewer: Viewer, data: z.infer<S>) => Promise<void>,
  where: string,
  prev: FoundFormState,
): Promise<FoundFormState> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const viewer = await getViewer();
  if (!viewer) return { error: "common:errors.signInRequired" };
  try {
    await change(viewer, parsed.data);
  } catch (err) {
    return failure(err, where);
  }
  revalidatePath("/[locale]/found/[foundNumber]", "page");
  return { done: true, version: (prev.version ?? 0) + 1 };
}

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function changeFoundStatusAction(prev: FoundFormState, form: FormData) {
  const input = {
    foundNumber: field(form, "foundNumber"),
    from: field(form, "from"),
    to: field(form, "to"),
    reason: field(form, "reason"),
  };
  return runFoundAction(FoundStatusInput, input, changeFoundStatus, "changeFoundStatusAction", prev);
}

export async function addFoundNoteAction(prev: FoundFormState, form: FormData) {
  const input = { foundNumber: field(form, "foundNumber"), body: field(form, "body") };
  return runFoundAction(FoundNoteInput, input, addFoundNote, "addFoundNoteAction", prev);
}
