// npm run build, after `next build`: bundles the service worker (src/sw/sw.ts) with esbuild and
// lets Serwist inject its precache list (the offline page of each language, revised with the
// build id, and the built CSS they need), into public/sw.js (decision 147).
// Plain JavaScript run by tsx (which still loads the TypeScript modules it imports): the build
// tools' types stay out of the app's typecheck.
import fs from "node:fs";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { OFFLINE_FALLBACK_PATHS } from "../src/lib/offline-pages.ts";
import { env } from "../src/server/env.ts";

async function main() {
  const distDir = env().NEXT_DIST_DIR;
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const bundled = path.join(distDir, "sw.bundle.js");
  await build({
    entryPoints: ["src/sw/sw.ts"],
    outfile: bundled,
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    tsconfig: "tsconfig.sw.json",
    // Serwist's development logging is dropped from the production bundle.
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: "public/sw.js",
    globDirectory: distDir,
    globPatterns: ["static/**/*.css"],
    modifyURLPrefix: { "static/": "/_next/static/" },
    additionalPrecacheEntries: OFFLINE_FALLBACK_PATHS.map((url) => ({ url, revision: buildId })),
  });
  for (const w of warnings) console.warn(w);
  console.log(`service worker: public/sw.js, ${count} precached files (${Math.round(size / 1024)} KB)`);
}

main().catch((err) => {
  if (err?.code === "ERR_MODULE_NOT_FOUND") console.error("build:sw needs the dev dependencies: run npm ci");
  console.error(err);
  process.exit(1);
});
