#!/usr/bin/env bash
# Measures a search statement (default bench/search/search.sql) on the bench database: pgbench throughput
# and latency percentiles over the Q4 word list, the backend's CPU time per execution, and
# EXPLAIN (ANALYZE, BUFFERS) for a common, a rare and an absent word.
#
# Usage: bench/search/measure.sh [--statement FILE] [--clients N] [--duration S] [--no-explain]
#   --statement FILE   a statement taking the search text as $1 (default bench/search/search.sql)
#   --clients N        pgbench clients (default 16), 2 threads
#   --duration S       seconds of the measured pgbench run (default 20, after 5 s of warm-up)
#   --words "W..."     the words to explain (default: the most frequent Q4 word, Reykjavík, xylophone)
# Database: $BENCH_DB_URL, else the bench's own PostgreSQL on $BENCH_PG_PORT (default 5544), which must
# hold generated data (bench/generate.sh). Output: stdout and bench/target/search-<timestamp>.txt.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

statement="$BENCH_DIR/search/search.sql" clients=16 duration=20 explain=1 words=""
while [ $# -gt 0 ]; do
    case "$1" in
        --statement) statement="$2"; shift 2 ;;
        --clients) clients="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --words) words="$2"; shift 2 ;;
        --no-explain) explain=""; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -f "$statement" ] || die "no statement file $statement"
if [ -z "${BENCH_DB_URL:-}" ]; then "$BENCH_DIR/pg.sh" status || die "the bench's PostgreSQL is not running on $BENCH_PG_PORT (bench/pg.sh start)"; fi
[ "$(bq "select to_regclass('bench.generated') is not null")" = t ] || die "no generated data in $DB_URL"

body="$(grep -v '^\s*--' "$statement" | sed 's/;\s*$//')"
IFS=$'\t' read -r w_lo w_hi <<<"$(bq "select min(rank), max(rank) from bench.vocabulary where not function_word and rank > 20")"
[ -n "$words" ] || words="$(bq "select word from bench.vocabulary where rank = $w_lo and not function_word") Reykjavík xylophone"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="$BENCH_TARGET/search-$STAMP"
mkdir -p "$WORK"
OUT="$BENCH_TARGET/search-$STAMP.txt"

{
echo "search statement $(basename "$statement") on $(sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#' <<<"$DB_URL"), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "data: scale $(bq "select scale || ': ' || statements || ' statements, ' || negotiations || ' negotiations, ' || participants || ' participants' from bench.generated")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), autogroup $(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a)"

# pgbench: the word drawn from the Q4 list (ranks $w_lo..$w_hi) inside the statement, as the Q4 ceiling does.
sed 's/\$1/(select v.word from bench.vocabulary v where not v.function_word and v.rank = :r)/g' <<<"$body" \
    | { echo "\\set r random(:lo, :hi)"; cat; echo ";"; } >"$WORK/pgbench.sql"
pgbench -n -M prepared -c "$clients" -j 2 -T 5 -D lo="$w_lo" -D hi="$w_hi" -f "$WORK/pgbench.sql" "$DB_URL" >/dev/null 2>&1 || true
(cd "$WORK" && pgbench -n -M prepared -c "$clients" -j 2 -T "$duration" -D lo="$w_lo" -D hi="$w_hi" -l --log-prefix=tx \
    -f "$WORK/pgbench.sql" "$DB_URL" >"$WORK/pgbench.out" 2>&1) || { cat "$WORK/pgbench.out" >&2; die "pgbench failed"; }
tps="$(awk '/^tps = / { printf "%.1f", $3 }' "$WORK/pgbench.out")"
cat "$WORK"/tx.* | awk '{ print $3 / 1000 }' | sort -n >"$WORK/latencies.txt"
n="$(wc -l <"$WORK/latencies.txt")"
pct() { awk -v p="$1" -v n="$n" 'NR == int((n - 1) * p / 100) + 1 { printf "%.1f", $1; exit }' "$WORK/latencies.txt"; }
echo
echo "pgbench -M prepared -c $clients -j 2, ${duration} s, Q4 words: $tps tps, p50 $(pct 50) ms, p99 $(pct 99) ms, max $(tail -1 "$WORK/latencies.txt") ms ($n executions)"

if [ -n "$explain" ]; then
    # CPU per execution: the backend's own user + system time over 200 executions of the prepared statement
    # (after 10), read from /proc/self/stat (needs a superuser on the same Linux host), whatever else runs.
    {
        echo "create function pg_temp.cpu_ms() returns numeric language sql as \$f\$
              select (split_part(s, ' ', 12)::numeric + split_part(s, ' ', 13)::numeric) * 1000 / $(getconf CLK_TCK)
              from (select substr(t, strpos(t, ') ') + 2) s from pg_read_file('/proc/self/stat') t) x \$f\$;"
        echo "create function pg_temp.run(w text, n int) returns numeric language plpgsql as \$f\$
              declare c0 numeric;
              begin
                for i in 1..10 loop perform count(*) from ($(sed 's/\$1/w/g' <<<"$body")) x; end loop;
                c0 := pg_temp.cpu_ms();
                for i in 1..n loop perform count(*) from ($(sed 's/\$1/w/g' <<<"$body")) x; end loop;
                return round((pg_temp.cpu_ms() - c0) / n, 2);
              end \$f\$;"
        echo "create function pg_temp.hits(text) returns table(type text, id bigint, score float8) language sql as \$f\$ $body \$f\$;"
        echo "prepare search(text) as $body;"
        for w in $words; do
            echo "\\echo"
            echo "\\echo ==== '$w': hits, backend CPU ms per execution, EXPLAIN (ANALYZE, BUFFERS) after 6 executions"
            echo "select count(*) as hits, string_agg(left(type, 1) || round(score::numeric, 3), ' ') as scores from pg_temp.hits('$w');"
            echo "select pg_temp.run('$w', 200) as cpu_ms_per_execution;"
            for _ in 1 2 3 4 5 6; do echo "execute search('$w') \\g /dev/null"; done
            echo "explain (analyze, buffers) execute search('$w');"
        done
    } >"$WORK/explain.sql"
    psql "$DB_URL" -X -q -v ON_ERROR_STOP=1 -f "$WORK/explain.sql"
fi
} 2>&1 | tee "$OUT"
log "written to $OUT"
