// npm run bench:weight [-- --no-build] [--port 3195]
//
// Builds the portal and an empty App Router page (bench/floor-app, the framework's own floor on
// this stack), serves each with `next start`, loads every public page in Chromium at 360 px with
// an empty cache and records the gzip bytes of JavaScript, CSS and HTML and the request count.
// Appends the table to docs/BENCHMARKS.md. Bytes do not depend on load; the budgets are checked
// by e2e/weight-budget.spec.ts on every test run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { chromium } from "@playwright/test";
import { JS_BUDGETS, kib, measurePage, type PageWeight } from "../src/testing/page-weight";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PORT = option("port", 3195);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-weight";
const DB = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_weight";
const PAGES = ["/es", "/es/report", "/es/track", "/es/missing", "/es/stats", "/es/login"];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST };

function run(cmd: string, argv: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(cmd, argv, { stdio: "inherit", env: { ...env, ...extra } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

async function serve(argv: string[], extra: Record<string, string>, probe: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, argv, {
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group: `next start` runs the server in a child process that must stop too.
    detached: true,
    env: { ...env, ...extra },
  });
  for (let i = 0; i < 120; i++) {
    // A server that died (port taken, build missing) must not be mistaken for one answering.
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${PORT}${probe}`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`server on ${PORT} did not start`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

async function measureServed(child: Promise<ChildProcess>, paths: string[]): Promise<PageWeight[]> {
  const server = await child;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
  try {
    const out: PageWeight[] = [];
    for (const p of paths) out.push(await measurePage(browser, `http://127.0.0.1:${PORT}`, p));
    return out;
  } finally {
    await browser.close();
    await stop(server);
  }
}

function row(w: PageWeight, floorJs: number) {
  const budget = JS_BUDGETS[w.path];
  const verdict = budget === undefined ? "—" : `${kib(budget)} ${w.js <= budget ? "ok" : "OVER"}`;
  return `| ${w.path} | ${kib(w.js)} | ${(w.js / floorJs).toFixed(2)} | ${kib(w.css)} | ${kib(w.html)} | ${kib(w.other)} | ${w.requests} | ${verdict} |`;
}

async function main() {
  if (!args.includes("--no-build")) {
    run("npm", ["run", "--silent", "build"]);
    run("npx", ["next", "build", "bench/floor-app"], { NEXT_DIST_DIR: ".next" });
  }
  const next = "node_modules/next/dist/bin/next";
  const [floor] = await measureServed(
    serve([next, "start", "bench/floor-app", "-p", String(PORT)], { NEXT_DIST_DIR: ".next" }, "/"),
    ["/"],
  );
  run("npx", ["tsx", "e2e/prepare-db.ts"], { E2E_DATABASE_URL: DB });
  const app = await measureServed(
    serve(
      ["node_modules/.bin/tsx", "scripts/start.ts", "-p", String(PORT)],
      { DATABASE_URL: DB, NEXTAUTH_SECRET: "bench-weight" },
      "/api/health",
    ),
    PAGES,
  );
  const floorJs = floor!.js;
  const lines = [
    "",
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — page weight (bench:weight)`,
    "",
    `First visit in Chromium at 360 px, empty cache, until the network is idle; gzip level 6 of every body. Node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (bytes do not depend on it).`,
    "",
    "| page | JS gzip | JS / floor | CSS gzip | HTML gzip | other | requests | JS budget |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    `| empty App Router page (floor) | ${kib(floor!.js)} | 1.00 | ${kib(floor!.css)} | ${kib(floor!.html)} | ${kib(floor!.other)} | ${floor!.requests} | — |`,
    ...app.map((w) => row(w, floorJs)),
    "",
  ];
  console.log(lines.join("\n"));
  fs.appendFileSync("docs/BENCHMARKS.md", lines.join("\n"));
  const over = app.filter((w) => JS_BUDGETS[w.path] !== undefined && w.js > JS_BUDGETS[w.path]!);
  if (over.length) process.exitCode = 1;
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
