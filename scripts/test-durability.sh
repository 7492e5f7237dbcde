#!/usr/bin/env bash
# `npm run test:durability`: SQLite settings, 200 concurrent submissions (SQLite and PostgreSQL), 50 SIGKILLs during submissions.
# Production servers of one build (.next-security, rebuilt only when the source changed) on
# fresh databases under data/durability/ and, through $PG_URL, a PostgreSQL server: a throwaway
# cluster unless PG_URL or TEST_PG_URL is given (scripts/test.sh passes its own).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

source scripts/use-pg.sh

npx playwright test -c tests/durability/playwright.config.ts "$@"
