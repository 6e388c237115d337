#!/usr/bin/env bash
# Fills the database with the bench data set (bench/generate.sql) unless it already holds that scale.
#
# Usage: bench/generate.sh [--scale N] [--reset]
#   --scale N   1 = 2,000 participants, 50,000 negotiations, 5,000 agreements, 20,000 exchanges,
#               500,000 statements; 0.02 = a fiftieth of that (default: the scale the database holds, else 1)
#   --reset     remove the bench rows (bench/drop.sql) and generate again even when the scale matches
# Database: $BENCH_DB_URL (a libpq URL, e.g. postgresql://postgres:postgres@localhost:5532/postgres, the
# dev-mode database), else the bench's own PostgreSQL (bench/pg.sh, started when not running).
# The schema must exist: the service's Flyway migrations create it at start (bench/run.sh does that).
# Generated rows sit next to existing ones (e.g. the service's sample facts); a different scale already
# present is replaced. Prints the load time (inserts, index upkeep, vacuum analyze).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

scale=""
reset=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --reset) reset=1; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -z "$scale" ] || [[ "$scale" =~ ^[0-9]*\.?[0-9]+$ ]] || die "--scale takes a positive number, got $scale"

need_cmd psql postgresql-client
if [ -z "${BENCH_DB_URL:-}" ]; then "$BENCH_DIR/pg.sh" start; fi

[ "$(bq "select to_regclass('public.statement') is not null")" = t ] \
    || die "no talks-record schema in $DB_URL: start the service against it once (Flyway migrates), or use bench/run.sh"

have=""
if [ "$(bq "select to_regclass('bench.generated') is not null")" = t ]; then
    have="$(bq "select coalesce(max(scale)::text, '') from bench.generated")"
fi
scale="${scale:-${have:-1}}"
# Index-only scans read the heap for every row on a page that the visibility map does not mark all-visible.
# The load's own VACUUM leaves pages unmarked when another snapshot was open meanwhile (an autovacuum
# ANALYZE, any other session), which made an index-only scan of negotiation_party at scale 10 read 660
# heap pages instead of 7: vacuum again, up to three times, until every table's map is complete.
settle() {
    local tables="participant negotiation negotiation_party agreement exchange exchange_side exchange_mediator statement statement_mention source"
    local incomplete
    for _ in 1 2 3; do
        incomplete="$(bq "select string_agg(relname, ' ') from pg_class
                         where relname = any(string_to_array('$tables', ' ')) and relkind = 'r' and relpages > 0
                           and relallvisible < relpages")"
        [ -n "$incomplete" ] || return 0
        log "visibility map incomplete for: $incomplete; vacuuming them"
        bpsql -c "vacuum ${incomplete// /, }"
    done
    log "WARNING: visibility map still incomplete for: $incomplete (a long-running transaction holds it back)"
}

if [ -n "$have" ] && [ -z "$reset" ] && [ "$(bq "select $have = $scale")" = t ]; then
    log "scale $scale already generated ($(bq "select statements || ' statements, loaded in ' || seconds || ' s' from bench.generated"))"
    settle
    exit 0
fi
if [ -n "$have" ] || [ "$(bq "select exists (select 1 from participant where created_by = 'bench')")" = t ]; then
    log "removing the bench rows present (scale ${have:-unknown})"
    bpsql -f "$BENCH_DIR/drop.sql"
fi

log "generating scale $scale into $DB_URL"
mkdir -p "$BENCH_TARGET"
start=$(date +%s%N)
bpsql -v scale="$scale" -f "$BENCH_DIR/generate.sql" | tee "$BENCH_TARGET/generate.log" | grep -E '^(generating|loaded|[a-z ]+$)' || true
end=$(date +%s%N)
[ "$(bq "select count(*) from bench.generated")" = 1 ] || die "generation failed: see $BENCH_TARGET/generate.log"
settle
log "load time: $(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }') s wall clock; rows: $(bq "select participants || ' participants, ' || negotiations || ' negotiations, ' || agreements || ' agreements, ' || exchanges || ' exchanges, ' || statements || ' statements, ' || counts::text from bench.generated")"
