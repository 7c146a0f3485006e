import type { NextConfig } from "next";
import { env } from "./src/server/env";
import { securityHeaders } from "./src/server/security-headers";

const nextConfig: NextConfig = {
  // Separate build folders let several builds (e.g. parallel test runs) coexist.
  distDir: env().NEXT_DIST_DIR,
  poweredByHeader: false,
  // Type errors are caught by `npm run typecheck` (tsc over app, tests and scripts) in CI;
  // checking again inside every build only slows the e2e loop on small machines.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "sharp",
    "pg",
    "pg-boss",
    // Loaded on first use by the S3 photo storage only; not worth bundling into every route.
    "@aws-sdk/client-s3",
    // One module instance, so the start script's HTTP timings and the app's counters share a registry.
    "prom-client",
  ],
  experimental: {
    // Photos travel in the claim form; the server re-checks each file's size itself.
    serverActions: { bodySizeLimit: "26mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
