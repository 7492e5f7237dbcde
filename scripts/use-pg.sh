# Sourced by the test scripts that need PostgreSQL: exports PG_URL — the caller's PG_URL, else
# TEST_PG_URL, else a throwaway cluster (scripts/pg-throwaway.sh) removed when the script exits.
pg_dir=""
cleanup_pg() { if [ -n "$pg_dir" ]; then scripts/pg-throwaway.sh stop "$pg_dir"; fi; }
trap cleanup_pg EXIT

if [ -z "${PG_URL:-}" ]; then
  if [ -n "${TEST_PG_URL:-}" ]; then
    PG_URL=$TEST_PG_URL
  else
    eval "$(scripts/pg-throwaway.sh start)"
    pg_dir=$PG_DIR
  fi
fi
export PG_URL
