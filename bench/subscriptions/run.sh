#!/usr/bin/env bash
# Measures the packaged service's subscriptions: commit-to-delivery latency, SQL statements per delivered change
# and RSS with many open subscriptions, one fresh service (JVM) per subscriber count.
#
# Usage: bench/subscriptions/run.sh [options]        (`--help` prints this)
#   --subscribers "N..."  subscriber counts, one run each (default "1000 10000")
#   --per-socket K        subscriptions per WebSocket (default 1: one browser tab, one subscription)
#   --rate R              statements recorded per second while measuring (default 5)
#   --duration S          seconds of writes measured (default 30)
#   --idle S              seconds with every subscription open and nothing written; RSS is read at the end (default 20)
#   --build               package the service first (./mvnw -B -q package -DskipTests)
#   --keep-db             leave the bench's own PostgreSQL running afterwards
# Environment: BENCH_DB_URL, BENCH_DB_PASSWORD, BENCH_APP_DIR, BENCH_PORT, BENCH_PG_PORT and JAVA_OPTS as for
# bench/run.sh (default JAVA_OPTS: the container's "-XX:+UseParallelGC -Xmx128m -Xmn24m -XX:TrimNativeHeapInterval=5000",
# with MALLOC_ARENA_MAX=2); QUARKUS_FLYWAY_ACTIVE (default false, as the manifests run: the bench database must hold
# the schema already, as after one bench/run.sh).
# Every subscriber runs the same document (changes of statements, with the statement and its speaker), so they
# form one group: see bench/README.md, "Subscriptions". The service trusts the dev-only key pair for the run's
# editor token (TALKS_JWT_PUBLIC_KEY_LOCATION=dev-keys/publicKey.pem), so that the load generator can write.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

subscribers="1000 10000" per_socket=1 rate=5 duration=30 idle=20 build="" keep_db=""
while [ $# -gt 0 ]; do
    case "$1" in
        --subscribers) subscribers="$2"; shift 2 ;;
        --per-socket) per_socket="$2"; shift 2 ;;
        --rate) rate="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --idle) idle="$2"; shift 2 ;;
        --build) build=1; shift ;;
        --keep-db) keep_db=1; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

HERE="$BENCH_DIR/subscriptions"
PORT="${BENCH_PORT:-8080}"
ENDPOINT="http://127.0.0.1:$PORT/graphql"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_TARGET/subscriptions-$STAMP.json"
SERVICE_LOG="$BENCH_TARGET/subscriptions-service-$STAMP.log"
mkdir -p "$BENCH_TARGET"

need_cmd curl curl
need_cmd psql postgresql-client
need_cmd node nodejs
need_cmd npm npm
if [ ! -f "$HERE/node_modules/.package-lock.json" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
    log "installing the load generator's npm packages"
    npm ci --prefix "$HERE" --no-audit --no-fund >/dev/null
fi

if [ -n "$build" ]; then
    log "packaging the service in $APP_DIR"
    (cd "$APP_DIR" && ./mvnw -B -q package -DskipTests)
fi
JAR="$APP_DIR/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || die "no $JAR: run ./mvnw package -DskipTests in $APP_DIR first (or pass --build)"
# shellcheck disable=SC2206
JAVA_OPTS="${JAVA_OPTS-$CONTAINER_JAVA_OPTS}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# As the Kubernetes Deployment and the Knative Service run: the schema is there already, no Flyway at start.
export QUARKUS_FLYWAY_ACTIVE="${QUARKUS_FLYWAY_ACTIVE:-false}"
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then
    die "something already listens on port $PORT: stop it first"
fi

SERVICE_PID=""
OWN_DB_STARTED=""
start_service() {
    local port db user
    read -r port db user <<<"$(bq "select inet_server_port(), current_database(), current_user")"
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_USERNAME="${BENCH_DB_USER:-$user}" \
    QUARKUS_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-postgres}" \
    TALKS_JWT_PUBLIC_KEY_LOCATION="$APP_DIR/dev-keys/publicKey.pem" TALKS_JWT_ISSUER=talks-record-dev \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        java ${JAVA_OPTS} -jar "$JAR" >>"$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
    local deadline=$(( $(date +%s) + 180 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "the service exited (log: $SERVICE_LOG)"; }
        if curl -s --max-time 2 -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$ENDPOINT" \
            | grep -q '"data"'; then
            return 0
        fi
        sleep 0.2
    done
    die "the service did not answer within 180 s (log: $SERVICE_LOG)"
}
# The runs record statements (and their speakers) through the API; they are removed again so that the other
# benches keep measuring the generated data (new rows without its words push common words out of search's window).
remove_recorded() {
    [ -n "${STATEMENTS_BEFORE:-}" ] || return 0
    bq "begin;
        delete from statement_mention where statement_id > $STATEMENTS_BEFORE;
        delete from source where statement_id > $STATEMENTS_BEFORE;
        delete from statement where id > $STATEMENTS_BEFORE;
        delete from participant p where p.id > $PARTICIPANTS_BEFORE
            and not exists (select 1 from statement s where s.speaker_id = p.id)
            and not exists (select 1 from negotiation_party np where np.participant_id = p.id or np.represents_id = p.id);
        commit" >/dev/null || log "could not remove the statements the runs recorded"
}
cleanup() {
    stop_service
    remove_recorded
    if [ -n "$OWN_DB_STARTED" ] && [ -z "$keep_db" ]; then "$BENCH_DIR/pg.sh" stop || true; fi
}
trap cleanup EXIT

if [ -z "${BENCH_DB_URL:-}" ]; then
    "$BENCH_DIR/pg.sh" status || OWN_DB_STARTED=1
    "$BENCH_DIR/pg.sh" start
fi
bq "select 1" >/dev/null || die "cannot connect to $DB_URL"
bq "create extension if not exists pg_stat_statements" >/dev/null \
    || die "pg_stat_statements is not available in $DB_URL (needs shared_preload_libraries)"

read -r STATEMENTS_BEFORE PARTICIPANTS_BEFORE <<<"$(bq "select (select coalesce(max(id), 0) from statement), (select coalesce(max(id), 0) from participant)")"
machine() { printf '%s; %s cores; %s' "$(uptime | sed 's/^ *//')" "$(nproc)" "$(free -m | awk '/Mem:/ { print $7 " MiB available" }')"; }
echo "[" >"$RESULTS"
first=1
for n in $subscribers; do
    log "subscribers=$n: starting a fresh service"
    start_service
    base_rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SERVICE_PID/status")
    log "service up (pid $SERVICE_PID, RSS $base_rss MiB); machine: $(machine)"
    before="$(machine)"
    report="$(node "$HERE/load.mjs" --url "$ENDPOINT" --key "$APP_DIR/dev-keys/privateKey.pem" \
        --subscribers "$n" --per-socket "$per_socket" --rate "$rate" --duration "$duration" --idle "$idle" \
        --service-pid "$SERVICE_PID" --db "$DB_URL")"
    after="$(machine)"
    stop_service
    [ -n "$first" ] || echo "," >>"$RESULTS"
    first=""
    printf '{"run": %s, "serviceRssAtStartMiB": %s, "machineBefore": "%s", "machineAfter": "%s"}' \
        "$report" "$base_rss" "$before" "$after" >>"$RESULTS"
    echo "$report" | node -e '
        const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
        console.error(`subscribers ${r.subscribers} (${r.sockets} sockets): delivered ${r.delivered}/${r.expectedDeliveries}, ` +
          `commit-to-delivery p50 ${r.latencyMs.p50} ms p99 ${r.latencyMs.p99} ms max ${r.latencyMs.max} ms, ` +
          `change-log reads per change ${r.statements.changeLogReadsPerChange.toFixed(2)}, ` +
          `all statements per change ${r.statements.totalPerChange.toFixed(2)}, RSS idle ${r.rssMiB.idle} MiB, ` +
          `after writes ${r.rssMiB.afterWrites} MiB`);'
done
echo "]" >>"$RESULTS"
log "results: $RESULTS (service log: $SERVICE_LOG)"
