#!/usr/bin/env bash
# Fails when a schema and its migrations disagree, for SQLite and (given PG_URL) PostgreSQL.
set -uo pipefail
check() {
  local folder=$1
  npx prisma migrate diff --from-migrations "prisma/$folder/migrations" --to-schema-datamodel "prisma/$folder" --exit-code >/tmp/gleaner-drift.log 2>&1
  case $? in
    0) echo "drift check ($folder): migrations match the schema" ;;
    2) echo "drift check ($folder): the schema differs from the migrations; add a migration" >&2; cat /tmp/gleaner-drift.log >&2; exit 1 ;;
    *) echo "drift check ($folder) failed to run" >&2; cat /tmp/gleaner-drift.log >&2; exit 1 ;;
  esac
}
DATABASE_URL="file:${TMPDIR:-/tmp}/gleaner-drift.db" check sqlite
if [ -n "${PG_URL:-}" ]; then DATABASE_URL="$PG_URL" check postgres; fi
