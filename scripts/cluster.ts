// npm run cluster [-- --no-demo] — the portal as a cluster on this machine, until Ctrl-C:
// PostgreSQL primary + streaming hot standby (pg_basebackup), two app processes, one worker,
// Redis for the sign-in throttle and HAProxy in front (installed with apt-get when missing).
// Needs root, a build (`npm run build`) and Redis on 127.0.0.1:6379. Everything it starts is
// stopped, and both throwaway PostgreSQL clusters dropped, on Ctrl-C. See docs/DEPLOYMENT.md.
import { startCluster } from "./cluster/cluster";

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
  const pgPort = num("CLUSTER_PG_PORT", 5440);
  const proxyPort = num("CLUSTER_PROXY_PORT", 8440);
  const appPort = num("CLUSTER_APP_PORT", 3120);
  const cluster = await startCluster({
    demo: !args.includes("--no-demo"),
    pgPort,
    appPorts: [appPort, appPort + 1],
    proxyPort,
    redisUrl: process.env.CLUSTER_REDIS_URL ?? "redis://127.0.0.1:6379/12",
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    log: (m) => console.log(m),
  });
  console.log(`
Reencuentro cluster is up:
  portal (HAProxy)     ${cluster.base}
  HAProxy stats        http://127.0.0.1:${proxyPort + 1}/
  app processes        http://127.0.0.1:${appPort}, http://127.0.0.1:${appPort + 1}
  primary / standby    ${cluster.dbUrl} / ${cluster.replicaUrl}
  logs                 ${cluster.runDir}/*.log
Ctrl-C stops everything and drops both PostgreSQL clusters.`);
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      console.log("\nStopping the cluster");
      void cluster.stop().then(() => process.exit(0));
    });
  }
  // Keeps the process alive until a signal.
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  console.error(`npm run cluster: ${(err as Error).message}`);
  process.exit(1);
});
