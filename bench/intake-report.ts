// Appends one intake run to docs/BENCHMARKS.md: app and floor side by side, their ratio, what was
// acknowledged against what was written, and the load average (other work slows every figure).
import fs from "node:fs";
import os from "node:os";
import type { IntakeRun } from "./intake-load";
import { ms, percentile } from "./stats";

const FILE = "docs/BENCHMARKS.md";

function row(label: string, r: IntakeRun, ratio?: number) {
  const p = (q: number) => ms(percentile(r.latenciesMs, q));
  const tail = ratio === undefined ? "" : `, **ratio ${ratio.toFixed(2)}**`;
  const m = r.matching;
  const jobs = m
    ? `; matching jobs: ${m.done} done during the run (${(m.done / r.durationS).toFixed(0)}/s), ${m.waiting} waiting, ${m.failed} failed at its end`
    : "";
  return `| ${label} | ${r.rps.toFixed(0)} req/s | ${p(50)} | ${p(99)} | ${r.acknowledged} acknowledged, ${r.written} written, ${r.non2xx} non-2xx, ${r.errors} errors${tail}${jobs} |`;
}

export function appendIntakeReport(r: {
  n: number;
  empty: { app: IntakeRun; floor: IntakeRun };
  big: { app: IntakeRun; floor: IntakeRun };
  dupP50: number;
  dupP95: number;
  durationS: number;
}) {
  const cpu = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  const n = r.n.toLocaleString("en-US");
  const lines = [
    "",
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — intake, POST /api/v1/claims`,
    "",
    `\`npm run bench:intake\` (bench/intake.ts): 10 connections for ${r.durationS} s each, claims all in one country (BO), each beside the floor (bare node:http + the same zod parse + one INSERT) on the same database; the app runs with JOB_WORKERS=off beside one \`npm run worker\` process that works the claims' matching jobs. Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; Node ${process.version}; load average at the end ${load}. "Written" counts new rows; it may exceed "acknowledged" by the requests still in flight when the run stopped.`,
    "",
    "| measure | throughput | p50 | p99 | other |",
    "| --- | --- | --- | --- | --- |",
    row("app, empty database", r.empty.app, r.empty.app.rps / r.empty.floor.rps),
    row("floor, empty database", r.empty.floor),
    row(`app, ${n} cases`, r.big.app, r.big.app.rps / r.big.floor.rps),
    row(`floor, ${n} cases`, r.big.floor),
    `| duplicate check alone at ${n} cases (300 claims) | — | ${ms(r.dupP50)} | p95 ${ms(r.dupP95)} | |`,
    "",
  ];
  fs.appendFileSync(FILE, lines.join("\n"));
  return lines.join("\n");
}
