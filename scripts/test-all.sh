#!/usr/bin/env bash
# npm test — the whole suite: unit, integration (real PostgreSQL) and e2e (built app in Chromium).
# Needs PostgreSQL (TEST_DATABASE_URL / E2E_DATABASE_URL, default postgres@127.0.0.1:5432) and
# Chromium at /usr/bin/chromium (CHROMIUM_PATH); .ci/run installs both on a fresh machine.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

echo "== unit + integration tests"
npx vitest run

echo "== production build for e2e (the e2e database is prepared meanwhile)"
# The e2e database is made fresh, migrated and seeded (e2e/prepare-db.ts) beside the build rather
# than after it in Playwright's web server command: mostly PostgreSQL's work, it hides under the
# build. These are `npm run build`'s steps, with the Prisma client generated before the seed
# starts, so the seed never reads it half rewritten.
npm run --silent prisma:generate
prepare_log=$(mktemp)
npx tsx e2e/prepare-db.ts >"$prepare_log" 2>&1 &
prepare=$!
npx next build
npm run --silent build:sw
if ! wait "$prepare"; then
  cat "$prepare_log"
  echo "preparing the e2e database failed" >&2
  exit 1
fi
rm -f "$prepare_log"
export E2E_DB_READY=1

echo "== e2e tests (Chromium)"
npx playwright test
