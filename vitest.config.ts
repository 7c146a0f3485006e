import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname, "src"),
  "@locales": path.resolve(__dirname, "locales"),
  // "server-only" throws outside a React server bundle; tests run data code directly.
  "server-only": path.resolve(__dirname, "src/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Projects with different maxWorkers must run as separate groups: unit first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["src/testing/integration-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file gets its own database, so files may run in parallel.
          fileParallelism: true,
          // A file spends most of its time waiting on PostgreSQL, so more files than cores keep
          // both busy: on 2 cores the default (cores - 1 = one file at a time) left the second
          // idle, and 3 workers ran a sample of 14 files in 192 s instead of 297 s.
          maxWorkers: Math.max(3, os.availableParallelism() - 1),
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
