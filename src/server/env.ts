import { z } from "zod";

// The one reader of the environment (decision 131). Every setting the portal takes is declared
// here, parsed with zod once and handed out typed (next.config.ts reads it too); no other module
// reads process.env, apart from the start script (which fills in defaults before Next starts)
// and Next's own NEXT_RUNTIME in instrumentation.ts. A wrong value stops the process at start-up with one
// sentence naming the variable, instead of a silent fallback deep inside a request.

const blank = (v: unknown) => (v === "" ? undefined : v);
const text = () => z.preprocess(blank, z.string().optional());
const textOr = (fallback: string) => z.preprocess(blank, z.string().default(fallback));
const whole = (fallback: number, what: string, min = 0) =>
  z.preprocess(
    blank,
    z.coerce
      .number({ error: `must be ${what}` })
      .int({ error: `must be ${what}` })
      .min(min, { error: `must be ${what}` })
      .default(fallback),
  );
const url = (protocols: RegExp, what: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .refine((v) => URL.canParse(v) && protocols.test(new URL(v).protocol), { error: `must be ${what}` })
      .optional(),
  );
const MS = "a whole number of milliseconds";

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(blank, z.enum(["development", "production", "test"]).default("development")),
  /** PostgreSQL; unset = the embedded PGlite database in PGLITE_DATA_DIR. */
  DATABASE_URL: url(/^postgres(ql)?:$/, "a postgresql:// URL"),
  /** A streaming-replication hot standby of DATABASE_URL for lag-tolerant reads (decision 155). */
  DATABASE_REPLICA_URL: url(/^postgres(ql)?:$/, "a postgresql:// URL"),
  /** How often a replica found down is asked again whether it answers. */
  DATABASE_REPLICA_RETRY_MS: whole(5000, `${MS}, 1 or more`, 1),
  /** A replica further behind than this (its last replayed commit) gets no reads until it catches up. */
  DATABASE_REPLICA_MAX_LAG_SECONDS: whole(30, "a whole number of seconds, 1 or more", 1),
  DATABASE_POOL_MAX: whole(10, "a whole number of connections, 1 or more", 1),
  DATABASE_STATEMENT_TIMEOUT_MS: whole(5000, MS),
  DATABASE_LOCK_TIMEOUT_MS: whole(3000, MS),
  DATABASE_CONNECT_TIMEOUT_MS: whole(5000, MS),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: whole(30000, MS),
  /** How long /api/health/ready waits for the database before calling it slow (not down). */
  READY_DB_TIMEOUT_MS: whole(2500, `${MS}, 1 or more`, 1),
  /** Slow readiness checks in a row still answered 200; the next one says 503 (a hung database). */
  READY_SLOW_CHECKS: whole(3, "a whole number of checks", 0),
  PGLITE_DATA_DIR: textOr("data/pglite"),
  /** Next's build folder; separate folders let several builds (parallel test runs) coexist. */
  NEXT_DIST_DIR: textOr(".next"),
  MIGRATIONS_DIR: textOr("prisma/migrations"),
  /** Signs sessions, tracking codes, the track cookie and keyed hashes of IPs and emails. */
  NEXTAUTH_SECRET: text(),
  /** Signs unsubscribe links; NEXTAUTH_SECRET when unset. */
  NOTIFY_SECRET: text(),
  /** The portal's public address (cookies, Origin checks, links on posters, certificates, mail). */
  NEXTAUTH_URL: url(/^https?:$/, "an http:// or https:// URL"),
  /** Only when links must name another address than NEXTAUTH_URL. */
  PUBLIC_URL: url(/^https?:$/, "an http:// or https:// URL"),
  /** Proxies in front of the app that append to X-Forwarded-For ("true" = 1). */
  TRUST_PROXY: z.preprocess(
    (v) => (v === "true" ? "1" : v === "false" ? "0" : blank(v)),
    z.coerce
      .number({ error: "must be a whole number of proxy hops" })
      .int({ error: "must be a whole number of proxy hops" })
      .min(0)
      .default(0),
  ),
  /** Where photos live: "local" = the directory UPLOAD_DIR (shared by every process), "s3" = a bucket. */
  STORAGE_DRIVER: z.preprocess(
    blank,
    z.enum(["local", "s3"], { error: "must be local or s3" }).default("local"),
  ),
  UPLOAD_DIR: textOr("data/uploads"),
  /** An S3-compatible service (MinIO, Ceph, Garage...); unset with STORAGE_DRIVER=s3 = AWS itself. */
  S3_ENDPOINT: url(/^https?:$/, "an http:// or https:// URL"),
  S3_BUCKET: text(),
  S3_REGION: textOr("us-east-1"),
  /** Prepended to every object key ("photos/"), so one bucket can hold several installations. */
  S3_PREFIX: textOr(""),
  /** Unset = the SDK's own chain (AWS_* variables, instance or task role). */
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  /** Bucket name in the path (most self-hosted services); default: on when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.preprocess(
    blank,
    z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  ),
  /** Server-side encryption asked for on every upload; "off" only for a service that refuses it. */
  S3_SSE: z.preprocess(
    blank,
    z.enum(["AES256", "aws:kms", "off"], { error: "must be AES256, aws:kms or off" }).default("AES256"),
  ),
  S3_SSE_KMS_KEY_ID: text(),
  REDIS_URL: url(/^rediss?:$/, "a redis:// URL"),
  /** Loosens the public per-IP limits (tests, e2e); never the sign-in throttle. */
  RATE_LIMIT_MULTIPLIER: z.preprocess(
    blank,
    z.coerce
      .number({ error: "must be a positive number" })
      .positive({ error: "must be a positive number" })
      .default(1),
  ),
  LOGIN_THROTTLE_WINDOW_MINUTES: whole(15, "a whole number of minutes, 1 or more", 1),
  LOGIN_MAX_FAILURES: whole(10, "a whole number, 1 or more", 1),
  LOGIN_MAX_ACCOUNT_FAILURES: whole(20, "a whole number, 1 or more", 1),
  LOGIN_ACCOUNT_DELAY_MS: whole(2000, `${MS}, 1 or more`, 1),
  LOGIN_MAX_FAILURES_PER_IP: whole(30, "a whole number, 1 or more", 1),
  SMTP_URL: url(/^smtps?:$/, "an smtp:// or smtps:// URL"),
  MAIL_FROM: textOr("Reencuentro <no-reply@localhost>"),
  MAIL_REPLY_TO: text(),
  // Parallel SMTP connections per process: a send waits on the server's replies (decision 081).
  SMTP_MAX_CONNECTIONS: whole(10, "a whole number of connections, 1 or more", 1),
  // SMS / WhatsApp over a Twilio-compatible REST API (decision 140); unset = no phone channel.
  SMS_API_BASE_URL: url(/^https?:$/, "an http:// or https:// URL"),
  SMS_ACCOUNT_SID: text(),
  SMS_AUTH_TOKEN: text(),
  /** A Twilio Webhooks Rule's SharedKey secret: replies signed with HMAC-SHA256 (decision 168). */
  SMS_WEBHOOK_SHARED_KEY: text(),
  SMS_FROM: text(),
  WHATSAPP_FROM: text(),
  MESSAGE_RETRY_SECONDS: whole(30, "a whole number of seconds"),
  MESSAGE_SEND_TIMEOUT_SECONDS: whole(120, "a whole number of seconds, 1 or more", 1),
  /** match-record jobs one process runs at once (each holds a database connection meanwhile). */
  MATCH_JOB_CONCURRENCY: whole(2, "a whole number of jobs, 1 or more", 1),
  JOB_WORKERS: z.preprocess(blank, z.enum(["inline", "off"]).optional()),
  APP_VERSION: textOr("0.1.0"),
  /** Bearer token of /api/metrics; unset = the endpoint does not exist. */
  METRICS_TOKEN: text(),
  /** `npm run worker` only: a Prometheus listener on this port (unset = none). */
  WORKER_METRICS_PORT: z.preprocess(
    blank,
    z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a port number" })
      .min(0, { error: "must be a port number" })
      .max(65535, { error: "must be a port number" })
      .optional(),
  ),
  /** The address it listens on: internal by default. */
  WORKER_METRICS_HOST: textOr("127.0.0.1"),
  LOG_LEVEL: z.preprocess(
    blank,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  /** Set by vitest: logs go to the console there. */
  VITEST: text(),
});

// Settings that only make sense together: said at start-up, not at the first upload.
const CheckedEnvSchema = EnvSchema.superRefine((e, ctx) => {
  const problem = (name: string, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
  // SMS replies are signed over the URL the vendor called (decision 168). A production server
  // sits behind a TLS proxy; with neither the public address nor the proxy trusted, the portal
  // would rebuild its upstream address and refuse every reply.
  if (e.NODE_ENV === "production" && e.SMS_AUTH_TOKEN && !e.PUBLIC_URL && !e.NEXTAUTH_URL && !e.TRUST_PROXY)
    problem(
      "PUBLIC_URL",
      "or NEXTAUTH_URL must be set, or TRUST_PROXY behind a proxy, when SMS_AUTH_TOKEN is: the vendor signs SMS replies over the address it calls",
    );
  if (e.STORAGE_DRIVER !== "s3") return;
  if (!e.S3_BUCKET) problem("S3_BUCKET", "must be set when STORAGE_DRIVER is s3");
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
    problem(
      e.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID",
      "must be set together with the other S3 credential",
    );
  if (e.S3_SSE_KMS_KEY_ID && e.S3_SSE !== "aws:kms") problem("S3_SSE_KMS_KEY_ID", "needs S3_SSE=aws:kms");
});

export type Env = z.infer<typeof EnvSchema>;

/** A setting that cannot be used, named in one sentence an operator can act on. */
export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment (process.env, or a test's own object). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = CheckedEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const name = String(i.path[0]);
    const value = source[name];
    return `${name} ${i.message} (${value === undefined || value === "" ? "it is unset" : `it is "${value}"`})`;
  });
  throw new EnvError(`The portal cannot start: ${problems.join("; ")}. See .env.example.`);
}

let cached: Env | undefined;

/**
 * The parsed settings: read once, on the first call (at start-up: instrumentation.ts and the
 * scripts call it first). Tests change process.env between cases, so under vitest every call
 * parses again.
 */
export function env(): Env {
  if (process.env.VITEST) return parseEnv(process.env);
  return (cached ??= parseEnv(process.env));
}

// A host as a browser sends it (name or IPv4, or a bracketed IPv6, and an optional port): anything
// else in the header is not used to build a link.
const HOST_SHAPE = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The address the request reached: the proxy's X-Forwarded-Host/-Proto when TRUST_PROXY is set, else Host. */
export function requestBaseUrl(h: Headers, trustProxy = env().TRUST_PROXY > 0): string | null {
  const first = (name: string) => h.get(name)?.split(",")[0]?.trim() || null;
  const host = (trustProxy ? first("x-forwarded-host") : null) ?? first("host");
  if (!host || !HOST_SHAPE.test(host)) return null;
  const proto = trustProxy ? first("x-forwarded-proto") : null;
  return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
}

/**
 * The portal's public address without a trailing slash, for links that leave the page (QR codes,
 * printed links, mail): PUBLIC_URL, else NEXTAUTH_URL, else the address the request reached.
 * Without any of them (a job, no request) production refuses rather than print "localhost";
 * elsewhere (local runs, tests) it is http://localhost.
 */
export function publicBaseUrl(request?: Headers | null): string {
  const e = env();
  const base = e.PUBLIC_URL ?? e.NEXTAUTH_URL ?? (request ? requestBaseUrl(request) : null);
  if (base) return base.replace(/\/+$/, "");
  if (e.NODE_ENV === "production")
    throw new EnvError(
      "PUBLIC_URL (or NEXTAUTH_URL) is not set, so a link to the portal cannot be written outside a request. Set it to the portal's public address. See .env.example.",
    );
  return "http://localhost";
}

/** True when the portal is served over https (secure cookies). */
export function servedOverHttps(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The secret of sessions, codes and keyed hashes; a fixed one only outside production. */
export function appSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production")
    throw new EnvError("The portal cannot start: NEXTAUTH_SECRET must be set.");
  return DEV_SECRET;
}

/** Outside production without NEXTAUTH_SECRET (local runs, tests). */
export const DEV_SECRET = "reencuentro-dev-secret";
