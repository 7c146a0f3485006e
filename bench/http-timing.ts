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
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(base, child);
    const cookie = await signIn(base, opts.email, opts.password);
    opts.log("  signed in; warming up");
    const bodies = opts.queries.map((q) => JSON.stringify({ q }));
    const post = (i: number) => ({
      method: "POST" as const,
      path: "/api/v1/cases/search",
      body: bodies[i % bodies.length],
    });
    for (let i = 0; i < 20; i++) {
      await fetch(base + "/api/v1/cases/search", {
        ...post(i),
        headers: { "content-type": "application/json", cookie },
      });
    }
    opts.log(`  autocannon: 10 connections for ${opts.durationS} s`);
    const latencies: number[] = [];
    let next = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: 10,
          duration: opts.durationS,
          headers: { "content-type": "application/json", cookie },
          requests: [
            {
              method: "POST",
              path: "/api/v1/cases/search",
              setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
            },
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
  } finally {
    child.kill("SIGTERM");
  }
}
