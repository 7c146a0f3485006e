// Appends a fault run's figures to docs/BENCHMARKS.md, with the load average beside them.
import fs from "node:fs";
import os from "node:os";
import type { Ledger } from "./fault-ledger";
import type { LoadStats } from "./fault-load";

export interface Fault {
  kind: string;
  /** When the fault was injected and when the service was started again (ms). */
  at: number;
  back: number;
}

const s = (ms: number) => (ms / 1000).toFixed(1);

/** Seconds from the fault (and from the restart) to the next acknowledged claim. */
function recovery(f: Fault, ackTimes: number[]) {
  const next = ackTimes.filter((t) => t > f.back).sort((a, b) => a - b)[0];
  return next
    ? { fromFault: s(next - f.at), fromRestart: s(next - f.back) }
    : { fromFault: "never", fromRestart: "never" };
}

export function appendFaultReport(r: {
  clients: number;
  seconds: number;
  stats: LoadStats;
  ledger: Ledger;
  faults: Fault[];
  t0: number;
}) {
  const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / ");
  const { stats, ledger } = r;
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const rows = r.faults.map((f) => {
    const rec = recovery(f, stats.ackTimes);
    return `| ${f.kind} at ${s(f.at - r.t0)} s | ${rec.fromFault} s | ${rec.fromRestart} s |`;
  });
  const text = `
## ${when} UTC — bench:faults (intake through crashes)

Machine: ${os.cpus()[0]?.model.split(" ").slice(0, 2).join(" ") ?? "unknown"}, ${os.cpus().length} cores; Node ${process.version}; load average at the end ${load} (other work on the machine slows every figure).
${r.clients} clients for ${r.seconds} s against \`npm start\` on a throwaway PostgreSQL cluster, each claim retried with its Idempotency-Key until acknowledged. There is no floor for this one: it measures correctness under faults, not speed.

| figure | value |
| --- | --- |
| requests | ${stats.requests} |
| acknowledged claims | ${stats.acked.size} |
| lost (acknowledged, not in the database) | ${ledger.lost} |
| duplicates (one submission filed twice) | ${ledger.duplicates} |
| acknowledged with another case number on retry | ${stats.conflictingAcks + ledger.wrongNumber} |
| 5xx answers (of which 503) | ${stats.status5xx} (${stats.status503}) |
| network errors (connection refused or reset) | ${stats.networkErrors} |
| refused 4xx / given up unacknowledged | ${stats.status4xx} / ${stats.unacknowledged} |
| cases in the database | ${ledger.cases} |
| case-number gaps / repeats | ${ledger.numberGaps} / ${ledger.numberRepeats} |
| cases without their CREATED event | ${ledger.missingCreated} |

| fault | to next acknowledged claim, from the fault | from the restart |
| --- | --- | --- |
${rows.join("\n")}
`;
  fs.appendFileSync("docs/BENCHMARKS.md", text);
  console.log(text);
}
