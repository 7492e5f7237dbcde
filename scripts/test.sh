#!/usr/bin/env bash
# `npm test`: typecheck, lint, drift check, unit tests, integration tests on SQLite and on a
# PostgreSQL server (a throwaway cluster unless TEST_PG_URL is given), e2e in Chromium on
# SQLite, then two app instances sharing one PostgreSQL database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

pg_dir=""
cleanup() { if [ -n "$pg_dir" ]; then scripts/pg-throwaway.sh stop "$pg_dir"; fi; }
trap cleanup EXIT

if [ -n "${TEST_PG_URL:-}" ]; then
  PG_URL=$TEST_PG_URL
else
  eval "$(scripts/pg-throwaway.sh start)"
  pg_dir=$PG_DIR
fi
export PG_URL

echo "== typecheck"; npx tsc --noEmit -p .
echo "== lint"; npx eslint . --max-warnings 0
echo "== drift check"; bash scripts/check-drift.sh
echo "== unit and integration tests on SQLite"; TEST_DATABASE=sqlite npx vitest run
echo "== generator quality on its fixtures (informational)"; npm run --silent eval:generator
echo "== integration tests on PostgreSQL"; TEST_DATABASE=postgresql npx vitest run tests/integration
echo "== end-to-end tests in Chromium (SQLite)"; npx playwright test
echo "== two app instances on one PostgreSQL database (Chromium)"
scale_db="gleaner_scale_$$"
psql "$PG_URL" -q -c "CREATE DATABASE $scale_db"
E2E_PG_URL="${PG_URL%/*}/$scale_db" npx playwright test -c playwright.scale.config.ts
echo "== security suite: attacks on accounts, authorization, quiz integrity, input (SQLite + PostgreSQL)"
bash scripts/test-security.sh
echo "== durability suite: concurrency and SIGKILL (SQLite + PostgreSQL)"
bash scripts/test-durability.sh
