#!/usr/bin/env bash
# npm test — the whole suite: unit, integration (real PostgreSQL) and e2e (built app in Chromium).
# Needs PostgreSQL (TEST_DATABASE_URL / E2E_DATABASE_URL, default postgres@127.0.0.1:5432) and
# Chromium at /usr/bin/chromium (CHROMIUM_PATH); .ci/run installs both on a fresh machine.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

echo "== unit + integration tests"
npx vitest run

echo "== production build for e2e"
npm run --silent build

echo "== e2e tests (Chromium)"
npx playwright test
