import "server-only";
import crypto from "node:crypto";
import { ZodError } from "zod";
import { getT } from "@/i18n/server";
import { isLocale, NAMESPACES, negotiateLocale, type Locale, type Namespace } from "@/i18n/settings";
import { DB_RETRY_AFTER_SECONDS, isDbUnavailable } from "./db-errors";
import { AppError, logUnexpected, NotFoundError } from "./errors";
import { log } from "./logger";
import { currentRequestId } from "./request-context";
import { fieldErrorsFrom } from "./result";

/*
 * One way for /api routes to say "no": RFC 9457 `application/problem+json`.
 *
 *   export const POST = apiRoute("POST /api/v1/things", async (req) => {
 *     const input = await parseJsonBody(req, ThingInput); // bad JSON/zod -> 400 with `errors`
 *     if (!viewer) throw new AppError("common:errors.signInRequired", 401);
 *     return Response.json(await doThing(viewer, input));   // data functions throw NotFoundError
 *   });
 *
 * Thrown -> answer:
 *   ZodError, ValidationError      400  `errors` per field
 *   NotFoundError                  404
 *   RateLimitedError               429  Retry-After
 *   AppError(key, status)          status, detail = t(key)
 *   database down or timing out    503  Retry-After, calm detail (nothing to fix on the client)
 *   anything else                  500  `reference` (logged with the error), no stack, no SQL
 *
 * Body: { type, title, status, detail, code, errors?, reference? }. `code` is the i18n key of
 * `detail` (stable, for programs); `errors` is { "person.givenNames": { code, detail } }. Texts
 * are in the request's language: ?lang= (or ?locale=), else Accept-Language, else Spanish.
 * Handlers that answer a problem without throwing call `problem(req, status, key, opts)`.
 */

export type FieldErrors = Record<string, string>;

/** A refused body with per-field i18n keys (what `fieldErrorsFrom` builds from zod issues). */
export class ValidationError extends AppError {
  constructor(
    public readonly fieldErrors: FieldErrors,
    key = "common:problem.invalid",
  ) {
    super(key, 400);
  }
}

/** Over a rate limit: 429 with Retry-After. */
export class RateLimitedError extends AppError {
  constructor(public readonly retryAfterSeconds: number) {
    super("common:errors.rateLimited", 429);
  }
}

export interface ProblemOptions {
  errors?: FieldErrors;
  headers?: Record<string, string>;
  reference?: string;
}

const TITLED = new Set([400, 401, 403, 404, 409, 413, 415, 429, 500, 503]);

/** The request's language: ?lang= / ?locale=, then Accept-Language, then the default (es). */
export function requestLocale(req: Request): Locale {
  const params = new URL(req.url).searchParams;
  const asked = params.get("lang") ?? params.get("locale");
  return isLocale(asked) ? asked : negotiateLocale(req.headers.get("accept-language"));
}

function namespacesOf(keys: readonly string[]): Namespace[] {
  const out = new Set<Namespace>();
  for (const key of keys) {
    const ns = key.split(":")[0] ?? "";
    if ((NAMESPACES as readonly string[]).includes(ns)) out.add(ns as Namespace);
  }
  return [...out];
}

/** A problem+json answer; `code` is an i18n key ("ns:key") translated into `detail`. */
export async function problem(
  req: Request,
  status: number,
  code: string,
  opts: ProblemOptions = {},
): Promise<Response> {
  const locale = requestLocale(req);
  const fieldKeys = Object.values(opts.errors ?? {});
  const t = await getT(locale, namespacesOf([code, ...fieldKeys]));
  const titleStatus = TITLED.has(status) ? status : status >= 500 ? 500 : 400;
  const body: Record<string, unknown> = {
    type: `/problems/${code.replace(/[:.]/g, "/")}`,
    title: t(`common:problem.title.${titleStatus}`),
    status,
    detail: t(code),
    code,
  };
  if (opts.errors)
    body.errors = Object.fromEntries(
      Object.entries(opts.errors).map(([field, key]) => [field, { code: key, detail: t(key) }]),
    );
  if (opts.reference) body.reference = opts.reference;
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json; charset=utf-8",
      "Content-Language": locale,
      "Cache-Control": "no-store",
      ...opts.headers,
    },
  });
}

/** Maps anything a handler threw to its problem answer (see the table at the top). */
export async function problemFromError(req: Request, err: unknown, where: string): Promise<Response> {
  if (err instanceof ZodError)
    return problem(req, 400, "common:problem.invalid", { errors: fieldErrorsFrom(err.issues) });
  if (err instanceof ValidationError) return problem(req, 400, err.key, { errors: err.fieldErrors });
  if (err instanceof RateLimitedError)
    return problem(req, 429, err.key, { headers: { "Retry-After": String(err.retryAfterSeconds) } });
  if (err instanceof NotFoundError) return problem(req, 404, err.key);
  if (err instanceof AppError) return problem(req, err.status, err.key);
  if (isDbUnavailable(err)) {
    const reference = logUnavailable(err, where);
    return problem(req, 503, "common:problem.busy", {
      reference,
      headers: { "Retry-After": String(DB_RETRY_AFTER_SECONDS) },
    });
  }
  return problem(req, 500, "common:errors.unexpected", { reference: logUnexpected(err, where) });
}

/** An outage is not a bug: one warning line with the database's own code, not a stack. */
function logUnavailable(err: unknown, where: string): string {
  const reference = currentRequestId() ?? crypto.randomBytes(4).toString("hex");
  const e = err as { code?: unknown; name?: unknown };
  log().warn({ where, reference, code: String(e?.code ?? e?.name ?? "?") }, "database unavailable");
  return reference;
}

/** Wraps a route handler so that whatever it throws becomes a problem answer. */
export function apiRoute<Ctx = unknown>(
  where: string,
  handler: (req: Request, ctx: Ctx) => Promise<Response>,
): (req: Request, ctx?: Ctx) => Promise<Response> {
  // ctx is optional so that tests and wrappers can call a route with the request alone; Next
  // always passes it (`{ params: Promise<...> }` for dynamic segments).
  return async (req, ctx) => {
    try {
      return await handler(req, ctx as Ctx);
    } catch (err) {
      return problemFromError(req, err, where);
    }
  };
}

/** The body as JSON parsed by `schema`: invalid JSON -> 400, zod issues -> 400 with `errors`. */
export async function parseJsonBody<T>(req: Request, schema: { parse(v: unknown): T }): Promise<T> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("validation:invalidJson", 400);
  }
  return schema.parse(body);
}
