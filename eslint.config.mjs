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
  {
    // Import boundaries (docs/DEVELOPING.md): production code never imports test code.
    files: ["src/**/*.{ts,tsx}", "prisma/**/*.ts", "scripts/**/*.ts"],
    ignores: [
      "src/testing/**",
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/testing.ts",
      "**/test-fixtures.ts",
      "**/test-helpers.ts",
      "**/int-test-setup.ts",
      "**/claim-fixtures.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/testing", "@/testing/*", "**/src/testing/*", "../testing/*", "../../testing/*"],
              message: "Production code never imports src/testing; shared generators live in src/lib.",
            },
          ],
        },
      ],
    },
  },
];
export default config;
