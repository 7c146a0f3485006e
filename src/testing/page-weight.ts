// What a first visit to a page costs a family on a slow phone: every response the browser asked
// for until the network went quiet, grouped by kind, with each body's gzip size. Shared by
// `npm run bench:weight` (which records the figures) and the e2e budget check (which fails on them).
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

export interface PageWeight {
  path: string;
  requests: number;
  /** gzip bytes (zlib level 6, what `next start` sends) per kind. */
  js: number;
  css: number;
  html: number;
  other: number;
}

/**
 * Budgets in gzip bytes of JavaScript for a first visit. The framework alone (an empty App Router
 * page of Next 16 + React 19, bench/floor-app) measures 131.7 KB, so a page can only be held
 * close to that floor: plain public pages at floor + ~18 KB, the report form at floor + ~48 KB.
 * See docs/decisions/100-page-weight-budgets.md.
 */
export const JS_BUDGETS: Record<string, number> = {
  "/es": 150 * 1024,
  "/es/track": 150 * 1024,
  "/es/missing": 150 * 1024,
  "/es/report": 180 * 1024,
};

type Kind = "js" | "css" | "html" | "other";

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === "script" || contentType.includes("javascript")) return "js";
  if (resourceType === "stylesheet" || contentType.includes("text/css")) return "css";
  if (resourceType === "document") return "html";
  return "other";
}

/** Loads `path` in a fresh context (empty cache, no service worker) and sums what came over. */
export async function measurePage(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({
    serviceWorkers: "block",
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const weight: PageWeight = { path, requests: 0, js: 0, css: 0, html: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(request.resourceType(), response.headers()["content-type"] ?? "");
        weight.requests += 1;
        weight[kind] += gzipSync(body, { level: 6 }).length;
      })(),
    );
  });
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  await Promise.all(pending);
  await context.close();
  return weight;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
