import { defineConfig, devices } from "@playwright/test";
import { E2E_MAIL_DIR, e2eSmtpPort } from "./e2e/fixtures/mail";

// E2e runs the production build (`npm run build` first) with `next start` on a spare port,
// against a real PostgreSQL database that the web server command migrates and seeds.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_e2e";
/** The same database as the least-privilege role that `npm run db:roles` creates. */
function appUrl(url: string): string {
  const u = new URL(url);
  u.username = "reencuentro_app";
  u.password = "";
  return u.toString();
}
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const smtpPort = e2eSmtpPort(port);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "es-ES",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    // A real SMTP server that keeps what the portal sends, for the specs to read (e2e/fixtures/mail.ts).
    {
      command: `tsx e2e/smtp-sink.ts ${smtpPort} ${E2E_MAIL_DIR}`,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // scripts/test-all.sh prepares the database while the app builds and says so (E2E_DB_READY).
      command: `${process.env.E2E_DB_READY ? "" : "tsx e2e/prepare-db.ts && "}npm run start -- -p ${port}`,
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        // Migrations and seed run as the test superuser (prepare-db.ts); the portal as the runtime role.
        DATABASE_URL: appUrl(databaseUrl),
        E2E_DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
        NEXTAUTH_URL: `http://localhost:${port}`,
        UPLOAD_DIR: process.env.E2E_UPLOAD_DIR ?? "data/e2e-uploads",
        // e2e signs in and files claims many times from one IP.
        RATE_LIMIT_MULTIPLIER: "50",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "Reencuentro <no-reply@e2e.test>",
      },
    },
  ],
});
