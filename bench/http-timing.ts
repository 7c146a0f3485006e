// The lookup end to end: `next start` of the built app on the benchmark database, a signed-in
// police session, and autocannon posting typo'd queries to POST /api/v1/cases/search from 10
// concurrent connections (loopback only, bounded in time).
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";

export interface HttpTiming {
  latenciesMs: number[];
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  durationS: number;
}

async function waitForHealth(base: string, child: ChildProcess, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not become healthy in time");
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint, as the login form does. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.includes("next-auth.session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

/** `next start` of the built app on `url`, healthy; `stop()` ends it. */
export async function startNext(opts: {
  url: string;
  distDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${opts.port}`;
  const next = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: opts.url,
      NEXT_DIST_DIR: opts.distDir,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...opts.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => void child.kill("SIGTERM");
  try {
    await waitForHealth(base, child);
  } catch (err) {
    stop();
    throw err;
  }
  return { base, stop };
}

/** autocannon at 10 connections for `durationS`, each request's body from `body()`. */
export async function runLoad(opts: {
  base: string;
  path: string;
  headers?: Record<string, string>;
  body: () => string;
  durationS: number;
}): Promise<HttpTiming> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.base,
        connections: 10,
        duration: opts.durationS,
        headers: { "content-type": "application/json", ...opts.headers },
        requests: [
          { method: "POST", path: opts.path, setupRequest: (req) => ({ ...req, body: opts.body() }) },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    latenciesMs: latencies,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rps: result.requests.average,
    durationS: opts.durationS,
  };
}

/** The plain floor of bench/lookup-floor.ts as its own process, listening; `stop()` ends it. */
export async function startLookupFloor(
  url: string,
  port: number,
): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/lookup-floor.ts", String(port), url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`lookup floor exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => void child.kill("SIGTERM") };
}

/**
 * The floor at the same concurrency, on the same queries, for as long: warmed like the app, so
 * the ratio of the two throughputs compares the app's overhead, not a cold cache.
 */
export async function timeFloorHttp(opts: {
  url: string;
  port: number;
  queries: string[];
  durationS: number;
  log: (m: string) => void;
}): Promise<HttpTiming> {
  const { base, stop } = await startLookupFloor(opts.url, opts.port);
  try {
    const bodies = opts.queries.map((q) => JSON.stringify({ q }));
    for (let i = 0; i < 20; i++) {
      await fetch(base + "/search", {
        method: "POST",
        body: bodies[i % bodies.length],
        headers: { "content-type": "application/json" },
      });
    }
    opts.log(
      `  floor (node:http + pg, same SQL as the database floor): 10 connections for ${opts.durationS} s`,
    );
    let next = 0;
    return await runLoad({
      base,
      path: "/search",
      body: () => bodies[next++ % bodies.length]!,
      durationS: opts.durationS,
    });
  } finally {
    stop();
  }
}

export async function timeHttp(opts: {
  url: string;
  distDir: string;
  port: number;
  email: string;
  password: string;
  queries: string[];
  durationS: number;
  log: (m: string) => void;
}): Promise<HttpTiming> {
  const { base, stop } = await startNext(opts);
  try {
    const cookie = await signIn(base, opts.email, opts.password);
    opts.log("  signed in; warming up");
    const bodies = opts.queries.map((q) => JSON.stringify({ q }));
    for (let i = 0; i < 20; i++) {
      await fetch(base + "/api/v1/cases/search", {
        method: "POST",
        body: bodies[i % bodies.length],
        headers: { "content-type": "application/json", cookie },
      });
    }
    opts.log(`  autocannon: 10 connections for ${opts.durationS} s`);
    let next = 0;
    return await runLoad({
      base,
      path: "/api/v1/cases/search",
      headers: { cookie },
      body: () => bodies[next++ % bodies.length]!,
      durationS: opts.durationS,
    });
  } finally {
    stop();
  }
}
