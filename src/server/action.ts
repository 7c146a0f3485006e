import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isDbUnavailable } from "./db-errors";
import { AppError, logUnexpected } from "./errors";
import { errorForLog, log } from "./logger";
import { fieldErrorsFrom, ok, type ActionFailure, type ActionResult, type FormValues } from "./result";
import { getViewer } from "./session";
import type { Viewer } from "./viewer";

// The one pipeline of every server action (docs/DEVELOPING.md, decision 130):
//   parse with the zod schema -> who is asking -> data function (which authorizes) -> ActionResult.
// Expected failures (AppError, NotFoundError) become their i18n key; a database that is down or
// timing out becomes "busy, nothing is lost" (the form keeps its values); anything else is logged
// with a short reference the user can quote and shown as "unexpected". Handlers return their
// data and throw an AppError for an expected refusal (a rate limit, a wrong password).

export const BUSY_KEY = "common:errors.busy";
export const UNEXPECTED_KEY = "common:errors.unexpected";
export const SIGN_IN_KEY = "common:errors.signInRequired";

export interface ActionOptions {
  /** Names the action in the log line of an unexpected error. */
  where: string;
  /** Echoed in the result (success or failure) so the form keeps what was typed. */
  values?: FormValues;
  /** Form-level key shown above the field errors when the input does not parse. */
  invalidKey?: string;
  /** An expected failure that belongs beside one field: error key -> field name. */
  fieldOf?: (key: string) => string | undefined;
}

/** An AppError that also names the fields it is about (ClaimRejectedError, TrainingInputError...). */
function carriedFieldErrors(err: AppError): Record<string, string> | undefined {
  const f = (err as { fieldErrors?: unknown }).fieldErrors;
  return f && typeof f === "object" ? (f as Record<string, string>) : undefined;
}

/**
 * What a thrown error means for the user. Next's redirect/notFound signals are rethrown, so a
 * handler may redirect after its work.
 */
export function failureFrom(err: unknown, opts: Omit<ActionOptions, "values" | "invalidKey">): ActionFailure {
  unstable_rethrow(err);
  if (err instanceof AppError) {
    const field = opts.fieldOf?.(err.key);
    if (field) return { ok: false, fieldErrors: { [field]: err.key } };
    const fieldErrors = carriedFieldErrors(err);
    return { ok: false, error: err.key, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  if (isDbUnavailable(err)) {
    log().warn({ where: opts.where, error: errorForLog(err) }, "database unavailable");
    return { ok: false, error: BUSY_KEY };
  }
  return { ok: false, error: UNEXPECTED_KEY, reference: logUnexpected(err, opts.where) };
}

function withValues<T>(result: ActionResult<T>, values: FormValues | undefined): ActionResult<T> {
  return values ? { ...result, values } : result;
}

/** Parses `input` with `schema`: the parsed data, or the failure to return (field errors). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  opts: Pick<ActionOptions, "values" | "invalidKey"> = {},
): { ok: true; data: z.infer<S> } | ActionFailure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return withValues(
    {
      ok: false,
      ...(opts.invalidKey ? { error: opts.invalidKey } : {}),
      fieldErrors: fieldErrorsFrom(parsed.error.issues),
    },
    opts.values,
  ) as ActionFailure;
}

/** A public action (no account needed): parse -> handler -> result. */
export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>) => Promise<T>,
  opts: ActionOptions,
): Promise<ActionResult<T>> {
  const parsed = parseInput(schema, input, opts);
  if (!parsed.ok) return parsed;
  try {
    return withValues(ok(await handler(parsed.data)), opts.values);
  } catch (err) {
    return withValues(failureFrom(err, opts), opts.values);
  }
}

/** A staff action: parse -> signed-in viewer (refused otherwise) -> handler -> result. */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<T>,
  opts: ActionOptions,
): Promise<ActionResult<T>> {
  return runPublicAction(
    schema,
    input,
    async (data) => {
      const viewer = await getViewer();
      if (!viewer) throw new AppError(SIGN_IN_KEY, 401);
      return handler(data, viewer);
    },
    opts,
  );
}

/** The state of a small form that changes a record: `version` is bumped on every success. */
export type ChangeState = ActionResult<{ version: number }> | null;

/**
 * A change to one record (a status, a note): runAction, then revalidate the record's page and
 * bump `version`, so the form re-mounts its fields empty after a success and keeps them after
 * a failure.
 */
export async function runChangeAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  change: (viewer: Viewer, data: z.infer<S>) => Promise<unknown>,
  opts: ActionOptions & { prev: ChangeState; revalidate: string },
): Promise<ChangeState> {
  return runAction(
    schema,
    input,
    async (data, viewer) => {
      await change(viewer, data);
      revalidatePath(opts.revalidate, "page");
      return { version: (opts.prev?.ok ? opts.prev.data.version : 0) + 1 };
    },
    opts,
  );
}

/** A text field of a form ("" when missing or a file). */
export function formString(form: FormData, key: string): string {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
}

/** The named text fields of a form, to parse and to echo back. */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, formString(form, n)]));
}
