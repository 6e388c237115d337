#!/usr/bin/env bash
# Overload: the packaged service under many times the concurrency it can serve, then the load gone.
#
# Usage: bench/overload/run.sh [options]      (`bench/overload/run.sh --help` prints this)
#   --clients N        concurrent connections of the overload (default 1000)
#   --baseline N       connections of the baseline run that shows what the service serves (default 16)
#   --duration S       seconds of the overload run (default 60); the baseline runs 20 s after a 20 s warm-up
#   --workload W       q1 (a list with parties, default) or q4 (search), as in bench/queries/
#   --scale N          bench data scale (default 1, see bench/generate.sh); generated once, then reused
#   --keep-db          leave the bench's PostgreSQL running
# Environment: BENCH_PG_PORT (the bench's own PostgreSQL, default 5544), BENCH_DB_URL, JAVA_OPTS (default as in
# the container: -XX:+UseParallelGC -Xmx128m -Xmn24m -XX:TrimNativeHeapInterval=5000, with MALLOC_ARENA_MAX=2),
# BENCH_PORT (default 8080), and the service's own TALKS_* settings (its defaults otherwise).
# Steps: database and data (as bench/run.sh) -> service -> warm-up and baseline at --baseline connections ->
# the overload at --clients connections for --duration, while a probe sends one request at a time (its answers'
# statuses and times show what an admitted request waits) and the service's RSS is sampled every second ->
# the probe alone right after the load is gone (recovery) -> the service's counters -> a report on stdout and in
# bench/target/overload-<timestamp>.txt. The machine's load (uptime) is recorded before and after.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

clients=1000 baseline=16 duration=60 workload=q1 scale=1 keep_db=""
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --workload) workload="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --keep-db) keep_db=1; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

PORT="${BENCH_PORT:-8080}"
ENDPOINT="http://127.0.0.1:$PORT/graphql"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$BENCH_TARGET/overload-$STAMP.txt"
SERVICE_LOG="$BENCH_TARGET/overload-service-$STAMP.log"
PROBE="$BENCH_TARGET/overload-probe-$STAMP.txt"
RSS_LOG="$BENCH_TARGET/overload-rss-$STAMP.txt"
QUERY="$BENCH_DIR/queries/$workload.graphql"
mkdir -p "$BENCH_TARGET/values"
[ -f "$QUERY" ] || die "no workload $workload in bench/queries"

need_cmd curl curl
need_cmd jq jq
need_cmd psql postgresql-client
need_cmd wrk wrk

JAR="$APP_DIR/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || die "no $JAR: run ./mvnw package -DskipTests first"
JAVA_OPTS="${JAVA_OPTS-$CONTAINER_JAVA_OPTS}"
# The service's default for one of its settings, as application.properties writes it: ${NAME:default}.
service_default() { sed -n "s/.*\${$1:\([^}]*\)}.*/\1/p" "$APP_DIR/src/main/resources/application.properties" | head -1; }
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# a thousand client sockets and as many accepted ones
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then
    die "something already listens on port $PORT"
fi

SERVICE_PID="" OWN_DB_STARTED="" SAMPLER_PID="" PROBE_PID=""
cleanup() {
    for pid in "$SAMPLER_PID" "$PROBE_PID"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    stop_service
    if [ -n "$OWN_DB_STARTED" ] && [ -z "$keep_db" ]; then "$BENCH_DIR/pg.sh" stop || true; fi
}
trap cleanup EXIT

start_service() {
    local port db user
    read -r port db user <<<"$(bq "select inet_server_port(), current_database(), current_user")"
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_USERNAME="${BENCH_DB_USER:-$user}" \
    QUARKUS_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-postgres}" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        java ${JAVA_OPTS} -jar "$JAR" >>"$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
    local deadline=$(( $(date +%s) + 180 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "the service exited"; }
        if curl -s --max-time 2 -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' \
                "$ENDPOINT" | grep -q '"data"'; then
            return 0
        fi
        sleep 0.2
    done
    die "the service did not answer within 180 s (log: $SERVICE_LOG)"
}
rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# One line "<HTTP status> <seconds>" per request, one request at a time, until killed.
probe() {
    local body
    body="$(jq -cn --arg q "$(tr '\n' ' ' <"$QUERY")" --arg v "$(probe_value)" \
        'if ($q | test("\\$")) then {query: $q, variables: {text: $v}} else {query: $q} end')"
    while true; do
        curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
            -H 'Accept: application/graphql-response+json' --data "$body" "$ENDPOINT" || echo "000 30"
        sleep 0.1
    done
}
probe_value() { [ "$workload" = q4 ] && head -1 "$BENCH_TARGET/values/words.txt" || echo ""; }
# p50/p99/max of the times of the probe lines with status $2 in file $1
probe_stats() {
    awk -v s="$2" '$1 == s { print $2 * 1000 }' "$1" | sort -n | awk '
        { v[NR] = $1 } END { if (NR == 0) { print "n=0"; exit }
          printf "n=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f", NR, v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))],
                 v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))], v[NR] }'
}
wrk_run() {  # connections seconds
    wrk -t2 -c"$1" -d"$2"s --timeout 15s -s "$BENCH_DIR/overload/overload.lua" "$ENDPOINT" -- "$QUERY" \
        ${VALUES:+"$VALUES"} | grep -E '^(RESULT|SAMPLE_OTHER)'
}

# ---------------------------------------------------------------- database, data, service
if [ -z "${BENCH_DB_URL:-}" ]; then
    "$BENCH_DIR/pg.sh" status || OWN_DB_STARTED=1
    "$BENCH_DIR/pg.sh" start
fi
log "starting the service (its Flyway migrates the database when needed)"
start_service
"$BENCH_DIR/generate.sh" --scale "$scale"
VALUES=""
if [ "$workload" = q4 ]; then
    VALUES="$BENCH_TARGET/values/words.txt"
    bq "select word from bench.vocabulary where not function_word and rank > 20 order by rank" >"$VALUES"
fi
UPTIME_BEFORE="$(uptime)"

log "warm-up: $baseline connections for 20 s"
wrk_run "$baseline" 20 >/dev/null
log "baseline: $baseline connections for 20 s"
BASELINE="$(wrk_run "$baseline" 20)"
log "$BASELINE"

log "overload: $clients connections for $duration s, with the probe and RSS samples"
probe >"$PROBE" &
PROBE_PID=$!
( while true; do echo "$(date +%s) $(rss_mib "$SERVICE_PID")"; sleep 1; done ) >"$RSS_LOG" &
SAMPLER_PID=$!
OVERLOAD="$(wrk_run "$clients" "$duration")"
kill "$PROBE_PID" 2>/dev/null || true
PROBE_PID=""
log "$OVERLOAD"

log "recovery: the probe alone, right after the load"
RECOVERY="$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
        -H 'Accept: application/graphql-response+json' \
        --data "$(jq -cn --arg q "$(tr '\n' ' ' <"$QUERY")" --arg v "$(probe_value)" \
            'if ($q | test("\\$")) then {query: $q, variables: {text: $v}} else {query: $q} end')" "$ENDPOINT"
done)"
sleep 3
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
RSS_AFTER="$(rss_mib "$SERVICE_PID")"
RSS_MAX="$(awk '$2 > m { m = $2 } END { print m + 0 }' "$RSS_LOG")"
METRICS="$(curl -s "http://127.0.0.1:$PORT/q/metrics" | grep -E '^(talks_requests_refused_total|http_server_requests_seconds_(count|max)\{[^}]*uri="/graphql")' || true)"
UPTIME_AFTER="$(uptime)"

{
    echo "# Overload run $STAMP"
    echo "service: jvm ($JAVA_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX), commit $(git -C "$APP_DIR" rev-parse --short HEAD)"
    printf 'settings:'
    for name in TALKS_REQUEST_TIMEOUT TALKS_MAX_ACTIVE_REQUESTS TALKS_REFUSED_CONNECTION_PAUSE TALKS_POOL_SIZE TALKS_POOL_MAX_WAIT_QUEUE; do
        printf ' %s=%s' "$name" "${!name:-$(service_default "$name") (default)}"
    done
    echo
    echo "workload: $workload ($(tr '\n' ' ' <"$QUERY" | tr -s ' ')), data scale $scale"
    echo "machine before: $UPTIME_BEFORE"
    echo "machine after:  $UPTIME_AFTER"
    echo
    echo "baseline  c=$baseline:  $BASELINE"
    echo "overload  c=$clients: $OVERLOAD"
    echo "probe during overload, answered (200): $(probe_stats "$PROBE" 200)"
    echo "probe during overload, refused (503):  $(probe_stats "$PROBE" 503)"
    echo "probe during overload, timed out (504): $(probe_stats "$PROBE" 504)"
    echo "probe during overload, other: $(awk '$1 != 200 && $1 != 503 && $1 != 504' "$PROBE" | wc -l)"
    echo "recovery (first 5 requests after the load, status seconds): $(echo "$RECOVERY" | tr '\n' ';')"
    echo "service RSS: max $RSS_MAX MiB during the overload, $RSS_AFTER MiB after (container limit 384 MiB)"
    echo
    echo "service counters:"
    echo "$METRICS"
} | tee "$REPORT"
log "report: $REPORT"
