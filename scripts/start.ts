// npm start [-- -p PORT] [-H HOST] — serves the built portal, but only on a reachable, fully
// migrated database: a half-migrated app would fail in confusing ways later, so refuse with a
// clear message instead. The check closes its connection before Next opens its own (PGlite
// allows only one process per data directory).
// The portal runs in Next's custom-server mode (next() + getRequestHandler behind node:http),
// the supported way to see each request's socket: Next gives route handlers and server actions
// no client address. See src/server/incoming-headers.ts and docs/decisions/071.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import {
  bodyProblem,
  isPossibleAction,
  MAX_ACTION_BODY_BYTES,
  originProblem,
} from "../src/server/action-precheck";
import { describeDbError } from "../src/server/db-errors";
import { env } from "../src/server/env";
import { prepareIncomingHeaders, trustedProxyHops } from "../src/server/incoming-headers";
import { log } from "../src/server/logger";
import { newRequestId, REQUEST_ID_RESPONSE_HEADER, requestContext } from "../src/server/request-context";
import { metrics, routeLabel, setRoutesManifest } from "../src/server/metrics";
import { MigrationError, pendingMigrations } from "../src/server/migrations";
import { connectSql } from "../src/server/sql-client";

async function checkDatabase(): Promise<string | null> {
  let db;
  try {
    db = await connectSql();
  } catch (err) {
    return describeDbError(err);
  }
  try {
    const pending = await pendingMigrations(db);
    if (pending.length) {
      return `The database has ${pending.length} pending migration(s) (${pending.map((m) => m.name).join(", ")}). Run \`npm run db:migrate\` first.`;
    }
    return null;
  } catch (err) {
    return err instanceof MigrationError ? err.message : describeDbError(err);
  } finally {
    await db.close();
  }
}

/** A random secret created once per installation, for a single-process local run. */
function localSecret(): string {
  const file = path.resolve("data/nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function option(args: string[], names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}

/** Reads the whole body, or null once it passes `max` bytes. */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function refuse(res: http.ServerResponse, status: number, reason: string, req: http.IncomingMessage) {
  log().warn(
    { status, reason, method: req.method, path: req.url?.split("?")[0]?.slice(0, 200) },
    "Refused a malformed server-action request",
  );
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(status === 413 ? "Payload Too Large" : status === 403 ? "Forbidden" : "Bad Request");
}

/**
 * A possible server action that Next could not decode gets 400 here instead of Next's 500 and
 * stack (src/server/action-precheck.ts, decision 076). A sound one goes on to Next as a new
 * request object carrying the body that was read, the same socket and headers.
 */
async function precheckAction(req: http.IncomingMessage, res: http.ServerResponse, trustedProxy: boolean) {
  const origin = originProblem(req.headers, trustedProxy);
  if (origin) {
    req.resume();
    return void refuse(res, origin === "cross-site" ? 403 : 400, origin, req);
  }
  let body: Buffer | null;
  try {
    body = await readBody(req, MAX_ACTION_BODY_BYTES);
  } catch {
    return void refuse(res, 400, "body could not be read", req);
  }
  if (body === null) return void refuse(res, 413, "body too large", req);
  const problem = await bodyProblem(req.headers, body);
  if (problem) return void refuse(res, 400, problem, req);
  const replay = new http.IncomingMessage(req.socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.headers = req.headers;
  replay.rawHeaders = req.rawHeaders;
  replay.httpVersion = req.httpVersion;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}

/** The build's route patterns label the request-time metrics (src/server/metrics.ts). */
function loadRoutePatterns() {
  try {
    const file = path.resolve(process.env.NEXT_DIST_DIR || ".next", "routes-manifest.json");
    setRoutesManifest(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (err) {
    console.warn(`Route patterns for the metrics could not be read: ${(err as Error).message}`);
  }
}

async function serve(port: number, hostname: string | undefined) {
  const { default: next } = await import("next");
  // quiet: Next does not print the errors it catches; instrumentation.ts logs them as JSON with
  // the request id, by shape only (src/server/request-errors.ts).
  const app = next({ dev: false, dir: process.cwd(), port, hostname, quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  const hops = trustedProxyHops();
  loadRoutePatterns();
  const { httpDuration } = metrics();
  const server = http.createServer((req, res) => {
    const end = httpDuration.startTimer({ method: req.method ?? "GET" });
    res.once("finish", () => end({ route: routeLabel(req.url), status: String(res.statusCode) }));
    prepareIncomingHeaders(req.headers, req.socket.remoteAddress, hops);
    // One id per request: on every log line written while it runs, and as the error reference.
    const requestId = newRequestId();
    res.setHeader(REQUEST_ID_RESPONSE_HEADER, requestId);
    requestContext.run({ requestId }, () => {
      if (!isPossibleAction(req.method, req.url, req.headers)) return void handle(req, res);
      void precheckAction(req, res, hops > 0).then((checked) => checked && handle(checked, res));
    });
  });
  server.listen(port, hostname, () => {
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    console.log(`Reencuentro is listening on http://${hostname ?? "localhost"}:${actual}`);
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      // Inline job workers (instrumentation.ts) get a moment to finish what they hold; anything
      // unfinished is retried by the next process once its attempt expires.
      const jobs = (globalThis as { jobEnginePromise?: Promise<{ stop(ms: number): Promise<void> }> })
        .jobEnginePromise;
      const stopJobs = jobs ? jobs.then((e) => e.stop(4000)).catch(() => undefined) : Promise.resolve();
      server.close(() => void stopJobs.finally(() => process.exit(0)));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(option(args, ["-p", "--port"]) ?? process.env.PORT ?? 3000);
  const hostname = option(args, ["-H", "--hostname"]);
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_SECRET) {
    process.env.NEXTAUTH_SECRET = localSecret();
    console.warn(
      "NEXTAUTH_SECRET is unset: using a secret kept in ./data. Set NEXTAUTH_SECRET when running several processes.",
    );
  }
  // Background jobs run in this process unless JOB_WORKERS=off (then `npm run worker` runs them;
  // impossible on the embedded database, which only one process may open). See instrumentation.ts.
  process.env.JOB_WORKERS ??= "inline";
  if (process.env.JOB_WORKERS === "off" && !process.env.DATABASE_URL) {
    console.warn("JOB_WORKERS=off on the embedded database: no process will run background jobs.");
  }
  // Next reads NODE_ENV itself; the custom server must say "production" like `next start` does.
  (process.env as Record<string, string>).NODE_ENV = "production";
  // The defaults above are in place before anything reads the settings (src/server/env.ts
  // parses once per module instance: this script's and the app's own bundle).
  try {
    env();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const problem = await checkDatabase();
  if (problem) {
    console.error(`Reencuentro cannot start: ${problem}`);
    process.exit(1);
  }
  await serve(port, hostname);
}

void main();
