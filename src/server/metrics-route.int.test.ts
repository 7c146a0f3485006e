import { withTestDb } from "@/testing/with-test-db";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { hitRateLimit } from "./rate-limit";

const env = withTestDb();
const scrape = (auth?: string) =>
  GET(new Request("http://localhost/api/metrics", { headers: auth ? { Authorization: auth } : {} }));

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  delete process.env.METRICS_TOKEN;
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

describe("GET /api/metrics", () => {
  it("does not exist without METRICS_TOKEN, and refuses a wrong token", async () => {
    expect((await scrape("Bearer anything")).status).toBe(404);
    process.env.METRICS_TOKEN = "s3cret-metrics-token";
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer s3cret-metrics-tokeX")).status).toBe(401);
  });

  it("answers Prometheus text with the database, job, outbox and refusal figures", async () => {
    process.env.METRICS_TOKEN = "s3cret-metrics-token";
    // On PostgreSQL the scrape's own reads go through the plain pg pool (sql-reader.ts).
    process.env.DATABASE_URL = env.testDb.url;
    expect(await hitRateLimit(`tip:${crypto.randomUUID()}`, 0, 60)).toBe(false);
    const res = await scrape("Bearer s3cret-metrics-token");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/^db_connections\{state="active"\} [1-9]/m);
    expect(text).toContain("# TYPE job_queue_jobs gauge");
    expect(text).toMatch(/^outbox_pending_messages 0$/m);
    expect(text).toMatch(/^outbox_oldest_pending_seconds 0$/m);
    expect(text).toMatch(/^rate_limit_refusals_total\{limit="tip"\} [1-9]/m);
    // Both pools of this process: connections by state, and how long checkouts waited.
    expect(text).toMatch(/^db_pool_clients\{pool="prisma",state="total"\} [1-9]/m);
    expect(text).toMatch(/^db_pool_clients\{pool="sql",state="idle"\} \d/m);
    expect(text).toMatch(/^db_pool_wait_seconds_count\{pool="prisma"\} [1-9]/m);
    expect(text).toMatch(/^db_pool_wait_seconds_count\{pool="sql"\} [1-9]/m);
    for (const family of [
      "http_request_duration_seconds histogram",
      "sign_in_failures_total counter",
      "job_attempt_failures_total counter",
      "job_attempt_duration_seconds histogram",
    ])
      expect(text).toContain(`# TYPE ${family}`);
    // Labels carry the limit's name only, never the client it refused.
    expect(text).not.toMatch(/limit="tip:/);
  });
});
