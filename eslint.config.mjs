import fs from "node:fs";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "bench/floor-app/.next*/**",
      "data/**",
      "src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      // Built by scripts/build-sw.ts.
      "public/sw.js",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
];

// Import boundaries (docs/DEVELOPING.md, decision 134). Test code may reach anywhere; production
// code never imports it, features reach each other only through their public faces, and the
// generated Prisma client's runtime stays in the data layer.
const TEST_FILES = [
  "src/testing/**",
  "**/*.test.ts",
  "**/*.test.tsx",
  "**/testing.ts",
  "**/test-fixtures.ts",
  "**/test-helpers.ts",
  "**/int-test-setup.ts",
  "**/claim-fixtures.ts",
];
const NO_TEST_CODE = {
  group: ["@/testing", "@/testing/*", "**/src/testing/*", "../testing/*", "../../testing/*"],
  message: "Production code never imports src/testing; shared generators live in src/lib.",
};
const FEATURES = fs
  .readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// A feature's public faces: data (server reads and writes, authorization inside), schemas
// (client-safe input shapes and types) and components (UI). Everything else is its own business.
const featureBoundary = (self) => ({
  group: [
    "@/features/*/**",
    "!@/features/*/data",
    "!@/features/*/schemas",
    "!@/features/*/components/**",
    ...FEATURES.filter((f) => f !== self).flatMap((f) => [`../${f}/**`, `../../${f}/**`]),
  ],
  message:
    "Import another feature only through its data, schemas or components; shared code without a feature lives in src/lib or src/server.",
});
const restricted = (...patterns) => ["error", { patterns: [NO_TEST_CODE, ...patterns] }];

config.push(
  {
    files: ["src/**/*.{ts,tsx}", "prisma/**/*.ts", "scripts/**/*.ts"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": restricted() },
  },
  ...FEATURES.map((f) => ({
    files: [`src/features/${f}/**/*.{ts,tsx}`],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": restricted(featureBoundary(f)) },
  })),
  {
    // Pages, components and shared code use the generated types and enums, never the client.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      ...TEST_FILES,
      "src/server/**",
      "src/generated/**",
      "src/features/*/data.ts",
      "src/features/*/data/**",
      "src/features/*/*-data.ts",
      "src/features/matching/engine/**",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/generated/prisma/client",
              allowTypeImports: true,
              message: "The Prisma client is used only in src/server and the features' data modules.",
            },
          ],
        },
      ],
    },
  },
);
export default config;
