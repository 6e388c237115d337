#!/usr/bin/env bash
# Execution time of every ceiling statement (Q1-Q6; Q4 is the search statement) on the bench database, for
# comparing scales, two ways:
#   one input: the median "Execution Time" of 15 EXPLAIN ANALYZE runs (timing off), the backend's CPU time per
#     execution over 200 executions, shared buffers hit and read, and the full EXPLAIN (ANALYZE, BUFFERS) of
#     each in a file: what the plan costs when its pages are cached;
#   random inputs: one pgbench client drawing inputs as run.sh's ceiling runs do, for --sample seconds after
#     as many of warm-up, and pg_stat_statements' mean execution time and buffers per call: what a request
#     costs when the inputs spread over the whole table and not every page is in shared buffers.
#
# Usage: bench/explain.sh [--runs N] [--sample S]   (scale 1 on port 5544; --sample 0 skips the second way)
#        BENCH_PG_PORT=5545 bench/explain.sh          (the scale-10 copy, see bench/README.md "Scale 10")
# Inputs, the same kind of row at every scale: Q2 the first negotiation with statements and an exchange under
# an agreement, Q3 and Q5 the first person who spoke at a negotiation (Q5 after the 20th of their
# statements), Q4 the most frequent Q4 word, Q6 the first state and the first person with negotiations in
# the range. Prepared statements (one plan, reused), each run 5 times first. Needs a superuser on the same
# Linux host for the CPU column (/proc/self/stat). Output: stdout, bench/target/explain-<port>-<timestamp>.txt
# and the plans in bench/target/explain-<port>-<timestamp>/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

runs=200 sample=20
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --sample) sample="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
if [ -z "${BENCH_DB_URL:-}" ]; then "$BENCH_DIR/pg.sh" status || die "the bench's PostgreSQL is not running on $BENCH_PG_PORT (bench/pg.sh start)"; fi
[ "$(bq "select to_regclass('bench.generated') is not null")" = t ] || die "no generated data in $DB_URL"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
PLANS="$BENCH_TARGET/explain-$BENCH_PG_PORT-$STAMP"
OUT="$PLANS.txt"
mkdir -p "$PLANS"

IFS=$'\t' read -r scale statements <<<"$(bq "select scale, statements from bench.generated")"
n2="$(bq "select n.id from negotiation n where n.created_by = 'bench'
            and exists (select 1 from exchange e where e.negotiation_id = n.id and e.agreement_id is not null)
            and exists (select 1 from statement s where s.negotiation_id = n.id) order by n.id limit 1")"
p3="$(bq "select p.id from participant p where p.created_by = 'bench' and p.kind = 'PERSON'
            and exists (select 1 from statement s where s.speaker_id = p.id and s.negotiation_id is not null) order by p.id limit 1")"
IFS=$'\t' read -r at5 id5 <<<"$(bq "select (extract(epoch from said_at) * 1000000)::int8, id from statement
                                    where speaker_id = $p3 order by said_at desc, id desc offset 19 limit 1")"
r4="$(bq "select min(rank) from bench.vocabulary where not function_word and rank > 20")"
in_range="exists (select 1 from negotiation_party np join negotiation n on n.id = np.negotiation_id
                  where (np.participant_id = p.id or np.represents_id = p.id)
                    and n.starts_at >= '2022-01-01' and n.starts_at < '2025-01-01')"
s6="$(bq "select p.id from participant p where p.created_by = 'bench' and p.kind = 'STATE' and $in_range order by p.id limit 1")"
p6="$(bq "select p.id from participant p where p.created_by = 'bench' and p.kind = 'PERSON' and $in_range order by p.id limit 1")"

IFS=$'\t' read -r n_lo n_hi p_lo p_hi <<<"$(bq "select negotiation_lo, negotiation_hi, participant_lo, participant_hi from bench.generated")"
r4_hi="$(bq "select max(rank) from bench.vocabulary where not function_word and rank > 20")"
# Q5's positions in time: between the earliest and latest 20th-newest statement of 200 speakers, as in run.sh.
IFS=$'\t' read -r at_lo at_hi <<<"$(bq "select min(us), max(us) from (
    select (select (extract(epoch from s.said_at) * 1000000)::int8 from statement s where s.speaker_id = p.id
            order by s.said_at desc, s.id desc offset 19 limit 1) as us
    from participant p where p.created_by = 'bench' and p.id % greatest((select count(*) from participant) / 200, 1) = 0) x")"

sampled() {  # $1 label, $2 ceiling file, then pgbench -D arguments
    local label="$1" file="$2"; shift 2
    pgbench -n -M prepared -c 1 -j 1 -T "$sample" "$@" -f "$file" "$DB_URL" >/dev/null 2>&1 || die "pgbench failed for $label"
    bq "select pg_stat_statements_reset()" >/dev/null
    pgbench -n -M prepared -c 1 -j 1 -T "$sample" "$@" -f "$file" "$DB_URL" >/dev/null 2>&1 || die "pgbench failed for $label"
    bq "select calls, round(mean_exec_time::numeric, 3), round(shared_blks_hit::numeric / calls, 1), round(shared_blks_read::numeric / calls, 1)
        from pg_stat_statements where query like '%json_build_object(%' and calls > 0 order by calls desc limit 1" \
        | awk -F'\t' -v l="$label" '{ printf "%-12s %8s %10s %10s %10s\n", l, $1, $2, $3, $4 }'
}

cpu_fn="create function pg_temp.cpu_ms() returns numeric language sql as \$f\$
    select (split_part(s, ' ', 12)::numeric + split_part(s, ' ', 13)::numeric) * 1000 / $(getconf CLK_TCK)
    from (select substr(t, strpos(t, ') ') + 2) s from pg_read_file('/proc/self/stat') t) x \$f\$;"

measure() {  # $1 label, $2 ceiling file, then psql -v arguments
    local label="$1" file="$2"; shift 2
    {
        echo "$cpu_fn"
        echo "prepare s as $(sed '/^\\set/d; /^--/d' "$file" | sed 's/;\s*$//')"
        echo ";"
        for _ in 1 2 3 4 5; do echo "execute s \\g /dev/null"; done
        echo "select pg_temp.cpu_ms() as c0 \\gset"
        for _ in $(seq "$runs"); do echo "execute s \\g /dev/null"; done
        echo "select 'CPU ' || round((pg_temp.cpu_ms() - :c0) / $runs, 3);"
        for _ in $(seq 15); do echo "explain (analyze, timing off, summary on) execute s;"; done
        echo "explain (analyze, buffers) execute s;"
    } | psql "$DB_URL" -X -At -v ON_ERROR_STOP=1 "$@" >"$PLANS/$label.txt"
    local cpu median buffers
    cpu="$(sed -n 's/^CPU //p' "$PLANS/$label.txt")"
    median="$(grep '^Execution Time' "$PLANS/$label.txt" | head -15 | awk '{ print $3 }' | sort -n | sed -n 8p)"
    buffers="$(awk '/^ *Buffers: / && !seen { sub(/^ *Buffers: /, ""); print; seen = 1 }' "$PLANS/$label.txt")"
    printf '%-12s %10s %10s  %s\n' "$label" "$median" "$cpu" "${buffers:-}"
}

{
    echo "ceiling statements on $(sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#' <<<"$DB_URL"), scale $scale ($statements statements), $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    printf '%-12s %10s %10s  %s\n' statement 'exec ms' 'CPU ms' 'buffers (top node)'
    measure q1 "$BENCH_DIR/ceiling/q1.sql"
    measure q2 "$BENCH_DIR/ceiling/q2.sql" -v id="$n2"
    measure q3 "$BENCH_DIR/ceiling/q3.sql" -v id="$p3"
    measure q4-search "$BENCH_DIR/ceiling/q4.sql" -v r="$r4"
    measure q5 "$BENCH_DIR/ceiling/q5.sql" -v id="$p3" -v after_at="$at5" -v after_id="$id5"
    measure q6-state "$BENCH_DIR/ceiling/q6.sql" -v id="$s6"
    measure q6-person "$BENCH_DIR/ceiling/q6.sql" -v id="$p6"
    echo
    echo "exec ms: median Execution Time of 15 EXPLAIN (ANALYZE, TIMING OFF); CPU ms: backend user + system time per"
    echo "execution over $runs; plans: $PLANS/"
    if [ "$sample" != 0 ]; then
        echo
        echo "random inputs: pgbench -M prepared -c 1, ${sample} s after ${sample} s of warm-up; pg_stat_statements per call"
        printf '%-12s %8s %10s %10s %10s\n' statement calls 'exec ms' 'hit/call' 'read/call'
        sampled q1 "$BENCH_DIR/ceiling/q1.sql"
        sampled q2 "$BENCH_DIR/ceiling/q2.sql" -D lo="$n_lo" -D hi="$n_hi"
        sampled q3 "$BENCH_DIR/ceiling/q3.sql" -D lo="$p_lo" -D hi="$p_hi"
        sampled q4-search "$BENCH_DIR/ceiling/q4.sql" -D lo="$r4" -D hi="$r4_hi"
        sampled q5 "$BENCH_DIR/ceiling/q5.sql" -D lo="$p_lo" -D hi="$p_hi" -D at_lo="$at_lo" -D at_hi="$at_hi"
        sampled q6 "$BENCH_DIR/ceiling/q6.sql" -D lo="$p_lo" -D hi="$p_hi"
    fi
} | tee "$OUT"
