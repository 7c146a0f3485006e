import "server-only";
// The worker process's Prometheus endpoint: it serves no HTTP otherwise, so a bare node:http
// listener on WORKER_METRICS_PORT (bound to WORKER_METRICS_HOST, internal by default) answers
// GET /metrics with the same registry the app's /api/metrics reads: attempts per queue and
// outcome (job_attempt_duration_seconds_count{outcome="done"|"failed"}), failures, the last
// success per queue, queue depth by state from the database, pools and the outbox. With
// METRICS_TOKEN set it asks for the same bearer token as the app.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { env } from "./env";
import { errorForLog, log } from "./logger";
import { metrics } from "./metrics";
import { refreshDbGauges } from "./metrics-db";

const hash = (s: string) => crypto.createHash("sha256").update(s).digest();

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse) {
  res.setHeader("Cache-Control", "no-store");
  const path = (req.url ?? "/").split("?")[0];
  if (req.method !== "GET" || path !== "/metrics") {
    res.writeHead(404).end("Not found");
    return;
  }
  const token = env().METRICS_TOKEN;
  if (token) {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if (!crypto.timingSafeEqual(hash(given), hash(token))) {
      res.writeHead(401, { "WWW-Authenticate": "Bearer" }).end("Unauthorized");
      return;
    }
  }
  await refreshDbGauges();
  const { registry } = metrics();
  const body = await registry.metrics();
  res.writeHead(200, { "Content-Type": registry.contentType }).end(body);
}

/** Starts the listener (port 0 = any free port, for tests); resolves once it listens. */
export function startWorkerMetrics(port: number, host = env().WORKER_METRICS_HOST): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    answer(req, res).catch((err: unknown) => {
      log().error({ error: errorForLog(err) }, "worker metrics: scrape failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
