#!/usr/bin/env bash
# Runs workloads at c=16 once per connection-pool size of the service, on the machine's scheduler as it is,
# and prints one table: how throughput and the latency tail change with TALKS_POOL_SIZE.
#
# Usage: bench/pool-sizes.sh [options] [-- more bench/run.sh options]
#   --sizes "N..."       pool sizes to try (default "2 3 4 6 8")
#   --workloads "W..."   workloads (default "q2"; "q1 q2 q3 q4 q5 q6" for all)
#   --duration S         seconds per measured run (default 20)
#   --warmup S           seconds of warm-up per workload (default 30)
#   --native             the native executable instead of the JVM jar
# Every size is one bench/run.sh (its own service start, warm-up and check, same data); the pgbench ceiling
# runs once, with the first size, since it does not depend on the service's pool. The bench's PostgreSQL
# stays up between sizes and stops at the end unless it was running before. Results: each run's files in
# bench/target/, and this table in bench/target/pool-sizes-<timestamp>.txt. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

sizes="2 3 4 6 8" workloads="q2" duration=20 warmup=30 native=() extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --workloads) workloads="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --native) native=(--native); shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
for a in "${extra[@]}"; do
    case "$a" in --no-autogroup|--concurrency|--pool-size|--workloads) die "$a is not for this study (c=16, autogroup as the machine has it)" ;; esac
done

autogroup="$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a)"
[ "$autogroup" = 1 ] || log "WARNING: autogroup scheduling is '$autogroup', not on (1) as the machine's default"
stopped_db=""
if [ -z "${BENCH_DB_URL:-}" ] && ! "$BENCH_DIR/pg.sh" status; then stopped_db=1; fi
stop_db() { if [ -n "$stopped_db" ]; then "$BENCH_DIR/pg.sh" stop || true; fi; }
trap stop_db EXIT

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$BENCH_TARGET/pool-sizes-$STAMP.txt"
mkdir -p "$BENCH_TARGET"
tsvs=()
first=1
for n in $sizes; do
    log "pool size $n"
    before="$(ls "$BENCH_TARGET"/results-*.tsv 2>/dev/null | sort | tail -1 || true)"
    ceiling_opt=()
    [ -n "$first" ] || ceiling_opt=(--no-ceiling)
    "$BENCH_DIR/run.sh" --workloads "$workloads" --concurrency 16 --pool-size "$n" --duration "$duration" \
        --warmup "$warmup" --keep-db "${ceiling_opt[@]}" "${native[@]}" "${extra[@]}" >&2
    tsv="$(ls "$BENCH_TARGET"/results-*.tsv | sort | tail -1)"
    [ "$tsv" != "$before" ] || die "run.sh wrote no results for pool size $n"
    tsvs+=("$tsv")
    first=""
done

# The ceiling of each workload from the first run; every size's ratio against it.
{
    echo "pool sizes at c=16  $(date -u '+%Y-%m-%d %H:%M UTC')  autogroup $([ "$autogroup" = 1 ] && echo on || echo "$autogroup")  $([ ${#native[@]} -gt 0 ] && echo native || echo jvm)  $(nproc) cores"
    echo "runs: $(for t in "${tsvs[@]}"; do basename "$t" .tsv; done | paste -sd' ')"
    echo
    awk -F'\t' 'FNR == 1 { next }
                $12 != "n/a" { ceil[$1] = $12 }
                { rows[++n] = $0 }
                END {
                    printf "%-4s %5s %9s %8s %8s %8s %8s %8s %10s %7s\n", "wl", "pool", "req/s", "p50 ms", "p99 ms", "max ms", "SQL ms", "CPU ms", "ceil tps", "ratio"
                    for (i = 1; i <= n; i++) {
                        split(rows[i], f, "\t")
                        c = (f[1] in ceil) ? ceil[f[1]] : "n/a"
                        r = (c != "n/a" && c > 0 && f[7] + f[8] == 0) ? sprintf("%.2f", f[3] / c) : (f[7] + f[8] > 0 ? "failed" : "n/a")
                        printf "%-4s %5s %9s %8s %8s %8s %8s %8s %10s %7s\n", f[1], f[14], f[3], f[4], f[5], f[6], f[10], f[11], c, r
                    }
                }' "${tsvs[@]}" | { read -r header; echo "$header"; sort -k1,1 -k2,2n; }
} | tee "$OUT"
log "table written to $OUT"
