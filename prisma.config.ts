import { defineConfig } from "prisma/config";

// The CLI is only used for `generate`; migrations are applied by scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
