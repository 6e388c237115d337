#!/usr/bin/env bash
# Benchmarks the packaged talks-record service on generated data against a hand-written SQL ceiling.
#
# Usage: bench/run.sh [options]            (from anywhere; `bench/run.sh --help` prints this)
#   --scale N            data scale, 1 = 500,000 statements, 10 = 5 M (default: the scale the database holds,
#                        else 1); generated once, then reused; a different scale replaces the one there
#   --duration S         seconds of each measured wrk or pgbench run (default 20)
#   --warmup S           seconds of warm-up per workload before measuring (default 30: the JIT needs it)
#   --threads N          wrk and pgbench threads (default 2)
#   --concurrency "C..." connections per measured run (default "16 64")
#   --workloads "W..."   any of q1 q2 q3 q4 q5 q6 (default all)
#   --pool-size N        the service's connection pool (exports TALKS_POOL_SIZE; default: the service's own)
#   --transport T        how wrk sends each query: post (default: JSON body), get (query and variables in the
#                        URL) or persisted (GET with only the document's SHA-256, registered once beforehand
#                        through the automatic persisted queries protocol)
#   --native             run the native executable target/*-runner instead of the JVM jar
#   --flyway             let the measured service validate its migrations at start (the service's default);
#                        without it the measured service runs as the Deployment and the Knative Service do,
#                        with QUARKUS_FLYWAY_ACTIVE=false (the Flyway Job migrates): Flyway, the JDBC driver and
#                        its pool then never load, which the RSS after load shows (about 7 MiB native)
#   --build              package the service first (./mvnw -B -q package -DskipTests [-Dnative])
#   --no-ceiling         skip the pgbench ceiling runs
#   --keep-db            leave the bench's own PostgreSQL running afterwards
#   --no-autogroup       switch the kernel's autogroup scheduling off for the run (root; restored on exit):
#                        every PostgreSQL backend starts its own session, so with autogroup on each backend
#                        weighs as much as the whole service process when the CPUs are contended
# Environment:
#   BENCH_DB_URL     libpq URL of the database to use, e.g. postgresql://postgres:postgres@localhost:5532/postgres
#                    (the dev-mode one); default: the bench's own PostgreSQL 17 on localhost:5544 (bench/pg.sh)
#   BENCH_DB_PASSWORD  the password the service uses with BENCH_DB_URL (default postgres)
#   BENCH_APP_DIR    the service's repository (default: the folder above bench/)
#   JAVA_OPTS        JVM options for the service (default "-XX:+UseParallelGC -Xmx128m -Xmn24m -XX:TrimNativeHeapInterval=5000", as in the container and
#                    manifests, which also set MALLOC_ARENA_MAX=2: run.sh does too unless it is set)
#   NATIVE_OPTS      options for the native executable (default "-Xmx64m -Xmn16m", as Dockerfile.native and the
#                    native manifests)
#   BENCH_PORT       the service's HTTP port (default 8080)
#   BENCH_PG_PORT    the bench's own PostgreSQL port (default 5544); each port has its own data directory
#                    (bench/target/pgdata, pgdata-<port> for any other port), e.g. 5545 for a scale-10 copy
# Steps: database up -> schema (the service's Flyway, by starting it once) -> data (bench/generate.sh) ->
# value lists from the database -> service start, timed until its first answered GraphQL query ->
# Q5's cursors, collected from the service -> per workload: one answer checked against the ceiling SQL,
# warm-up, then one wrk run per concurrency with pg_stat_statements and /proc CPU counters around it -> RSS ->
# service stop -> pgbench ceiling per workload and concurrency -> a results table, also written to
# bench/target/results-<timestamp>.txt (and .tsv). See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

scale="" duration=20 warmup=30 threads=2 concurrency="16 64" workloads="q1 q2 q3 q4 q5 q6"
native="" build="" flyway=false ceiling=1 keep_db="" no_autogroup="" transport=post
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --concurrency) concurrency="$2"; shift 2 ;;
        --workloads) workloads="$2"; shift 2 ;;
        --native) native=1; shift ;;
        --flyway) flyway=true; shift ;;
        --build) build=1; shift ;;
        --no-ceiling) ceiling=""; shift ;;
        --keep-db) keep_db=1; shift ;;
        --no-autogroup) no_autogroup=1; shift ;;
        --transport) [[ "$2" =~ ^(post|get|persisted)$ ]] || die "--transport takes post, get or persisted"; transport="$2"; shift 2 ;;
        --pool-size) [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "--pool-size takes a positive integer"; export TALKS_POOL_SIZE="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

PORT="${BENCH_PORT:-8080}"
ENDPOINT="http://127.0.0.1:$PORT/graphql"
VALUES="$BENCH_TARGET/values"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_TARGET/results-$STAMP.txt"
RESULTS_TSV="$BENCH_TARGET/results-$STAMP.tsv"
SERVICE_LOG="$BENCH_TARGET/service-$STAMP.log"
mkdir -p "$BENCH_TARGET" "$VALUES"

# ---------------------------------------------------------------- tools
need_cmd curl curl
need_cmd jq jq
need_cmd psql postgresql-client
need_cmd wrk wrk
if ! pgbench --version >/dev/null 2>&1; then
    # Debian ships pgbench with the server package; /usr/bin/pgbench is only a wrapper.
    log "pgbench is missing: installing Debian package postgresql-contrib"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
    pgbench --version >/dev/null 2>&1 || die "pgbench still missing"
fi

# ---------------------------------------------------------------- the service
if [ -n "$build" ]; then
    log "packaging the service in $APP_DIR"
    (cd "$APP_DIR" && ./mvnw -B -q package -DskipTests ${native:+-Dnative})
fi
if [ -n "$native" ]; then
    runner="$(ls "$APP_DIR"/target/*-runner 2>/dev/null | head -1)"
    [ -x "$runner" ] || die "no native executable target/*-runner in $APP_DIR (./mvnw package -Dnative, or --build --native)"
    NATIVE_OPTS="${NATIVE_OPTS--Xmx64m -Xmn16m}"
    export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
    # shellcheck disable=SC2206
    APP_CMD=("$runner" ${NATIVE_OPTS})
    APP_KIND="native${NATIVE_OPTS:+ ($NATIVE_OPTS)}"
else
    JAR="$APP_DIR/target/quarkus-app/quarkus-run.jar"
    [ -f "$JAR" ] || die "no $JAR: run ./mvnw package -DskipTests in $APP_DIR first (or pass --build)"
    # shellcheck disable=SC2206
    JAVA_OPTS="${JAVA_OPTS-$CONTAINER_JAVA_OPTS}"
    export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
    APP_CMD=(java ${JAVA_OPTS} -jar "$JAR")
    APP_KIND="jvm${JAVA_OPTS:+ ($JAVA_OPTS)}"
fi
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then
    die "something already listens on port $PORT: stop it first (e.g. a ./mvnw quarkus:dev)"
fi

SERVICE_PID=""
start_service() {  # starts the service, Flyway active if $1 is true; sets SERVICE_PID and START_NS
    local port db user
    read -r port db user <<<"$(bq "select inet_server_port(), current_database(), current_user")"
    START_NS=$(date +%s%N)
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$db" \
    QUARKUS_DATASOURCE_USERNAME="${BENCH_DB_USER:-$user}" \
    QUARKUS_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-postgres}" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" QUARKUS_FLYWAY_ACTIVE="$1" \
        "${APP_CMD[@]}" >>"$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
}
OWN_DB_STARTED=""
AUTOGROUP=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_BEFORE="$(cat "$AUTOGROUP" 2>/dev/null || echo n/a)"
cleanup() {
    stop_service
    if [ -n "$no_autogroup" ] && [ "$AUTOGROUP_BEFORE" = 1 ]; then echo 1 > "$AUTOGROUP" || true; fi
    if [ -n "$OWN_DB_STARTED" ] && [ -z "$keep_db" ]; then "$BENCH_DIR/pg.sh" stop || true; fi
}
trap cleanup EXIT
if [ -n "$no_autogroup" ] && [ "$AUTOGROUP_BEFORE" = 1 ]; then
    echo 0 > "$AUTOGROUP" 2>/dev/null || die "--no-autogroup needs write access to $AUTOGROUP (root)"
    log "autogroup scheduling switched off for this run"
fi

# POSTs a GraphQL query ($1) with variables ($2, JSON, default {}) and prints the response body.
gql() {
    curl -s --max-time 30 -H 'Content-Type: application/json' \
        --data "$(jq -cn --arg q "$1" --argjson v "${2:-{\}}" '{query: $q, variables: $v}')" "$ENDPOINT"
}
# Waits until $1 (a query whose answer holds "data" and no "errors") is answered; prints ms since START_NS.
wait_first_answer() {
    local body="$1" deadline=$(( $(date +%s) + 180 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "the service exited (log: $SERVICE_LOG)"; }
        local answer
        answer="$(curl -s --max-time 2 -H 'Content-Type: application/json' --data "$body" "$ENDPOINT" || true)"
        if [[ "$answer" == *'"data"'* && "$answer" != *'"errors"'* ]]; then
            echo $(( ($(date +%s%N) - START_NS) / 1000000 ))
            return 0
        fi
        sleep 0.02
    done
    tail -30 "$SERVICE_LOG" >&2
    die "no answer from $ENDPOINT within 180 s (log: $SERVICE_LOG)"
}

# ---------------------------------------------------------------- database, schema, data
if [ -z "${BENCH_DB_URL:-}" ]; then
    "$BENCH_DIR/pg.sh" status || OWN_DB_STARTED=1
    "$BENCH_DIR/pg.sh" start
fi
bq "select 1" >/dev/null || die "cannot connect to $DB_URL"
if [ "$(bq "select to_regclass('public.statement') is not null")" != t ]; then
    log "no schema yet: starting the service once so that its Flyway migrations create it"
    start_service true
    wait_first_answer '{"query":"{ __typename }"}' >/dev/null
    stop_service
fi
"$BENCH_DIR/generate.sh" ${scale:+--scale "$scale"}
scale="$(bq "select max(scale) from bench.generated")"

PSS=""
if bq "create extension if not exists pg_stat_statements" >/dev/null 2>&1 && bq "select pg_stat_statements_reset()" >/dev/null 2>&1; then
    PSS=1
else
    log "pg_stat_statements is not available in $DB_URL (needs shared_preload_libraries): SQL/request will be n/a"
fi
sql_calls() {  # statements executed in this database since the last reset, without pg_stat_statements' own, and their execution ms
    bq "select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not ilike '%pg_stat_statements%'"
}

# Value lists for the Lua script: every generated negotiation and participant ID, and the search words.
IFS=$'\t' read -r p_lo p_hi p_n n_lo n_hi n_n <<<"$(bq "select participant_lo, participant_hi, participants, negotiation_lo, negotiation_hi, negotiations from bench.generated")"
bq "select translate(encode(convert_to('Negotiation:' || id, 'UTF8'), 'base64'), E'+/=\n', '-_')
    from negotiation where id between $n_lo and $n_hi and created_by = 'bench' order by id" >"$VALUES/negotiation-ids.txt"
bq "select translate(encode(convert_to('Participant:' || id, 'UTF8'), 'base64'), E'+/=\n', '-_')
    from participant where id between $p_lo and $p_hi and created_by = 'bench' order by id" >"$VALUES/participant-ids.txt"
# Search words: the content words below the 20 most frequent (each in about 2.5-10 % of the statements).
bq "select word from bench.vocabulary where not function_word and rank > 20 order by rank" >"$VALUES/words.txt"
IFS=$'\t' read -r w_lo w_hi <<<"$(bq "select min(rank), max(rank) from bench.vocabulary where not function_word and rank > 20")"
[ "$(wc -l <"$VALUES/negotiation-ids.txt")" = "$n_n" ] || die "negotiation ID list incomplete"
if [ $((n_hi - n_lo + 1)) != "$n_n" ] || [ $((p_hi - p_lo + 1)) != "$p_n" ]; then
    log "WARNING: generated IDs are not contiguous; the pgbench ceiling draws from [lo, hi] and may miss"
fi
[ "$(global_id Participant 9)" = UGFydGljaXBhbnQ6OQ ] || die "global ID encoding is off"
[ "$(head -1 "$VALUES/participant-ids.txt")" = "$(global_id Participant "$p_lo")" ] || die "participant ID list does not match the encoding"

values_file() {
    case "$1" in
        q2) echo "$VALUES/negotiation-ids.txt" ;;
        q3|q6) echo "$VALUES/participant-ids.txt" ;;
        q4) echo "$VALUES/words.txt" ;;
        q5) echo "$VALUES/q5-after.jsonl" ;;
        *) echo "" ;;
    esac
}
"$BENCH_DIR/search/ceiling.sh" --check || die "ceiling/q4.sql is not bench/search/search.sql: run bench/search/ceiling.sh"

# ---------------------------------------------------------------- service run
# Share of the machine's CPU busy over $1 seconds (anything else running skews every number here).
cpu_busy() {
    local a b
    read -ra a </proc/stat; sleep "$1"; read -ra b </proc/stat
    awk -v i=$(( (b[4] + b[5]) - (a[4] + a[5]) )) -v t=$(( (b[1]+b[2]+b[3]+b[4]+b[5]+b[6]+b[7]+b[8]) - (a[1]+a[2]+a[3]+a[4]+a[5]+a[6]+a[7]+a[8]) )) \
        'BEGIN { printf "%.0f", (t > 0 ? 100 * (1 - i / t) : 0) }'
}
busy_before=$(cpu_busy 3)
[ "$busy_before" -le 10 ] || log "WARNING: the machine is already ${busy_before}% busy before the service starts: results will be low and noisy"
ticks() { sed 's/^.*) //' "/proc/$SERVICE_PID/stat" | awk '{ print $12 + $13 }'; }
CLK_TCK=$(getconf CLK_TCK)
first_participant="$(head -1 "$VALUES/participant-ids.txt")"

log "starting the service ($APP_KIND, Flyway at start: $flyway) against $DB_URL; log: $SERVICE_LOG"
start_service "$flyway"
startup_ms=$(wait_first_answer "{\"query\":\"{ participant(id: \\\"$first_participant\\\") { name } }\"}")
log "first answered query after $startup_ms ms"

# Q5 asks for the page after a cursor; cursors are the service's own (opaque), so they come from it: for a
# sample of speakers with more than one page, the first page's endCursor. The ceiling takes the position
# itself (the 20th row's said_at and ID); pgbench draws positions between the sample's earliest and latest.
Q5_SPEAKERS=200
if [[ " $workloads " == *" q5 "* ]]; then
    log "q5: collecting the first page's endCursor of up to $Q5_SPEAKERS speakers from the service"
    bq "select id from (select p.id, row_number() over (order by p.id) - 1 as r, count(*) over () as c
                        from participant p
                        where p.created_by = 'bench'
                          and (select count(*) from (select 1 from statement s where s.speaker_id = p.id limit 21) x) > 20) t
        where r % greatest(c / $Q5_SPEAKERS, 1) = 0 order by id limit $Q5_SPEAKERS" >"$VALUES/q5-speakers.txt"
    [ -s "$VALUES/q5-speakers.txt" ] || die "q5: no speaker with more than 20 statements"
    : >"$VALUES/q5-after.jsonl"
    # 25 speakers a request (one aliased root field each); a batch the service refuses goes one by one.
    first_page() {  # $1: a document, $2: JSON array of speaker IDs, one per root field s0, s1, …
        gql "$1" | jq -c --argjson ids "$2" '. as $r | $ids | to_entries[]
            | {id: .value, after: ($r.data["s\(.key)"].pageInfo.endCursor? // null)}
            | select(($r.errors | not) and (.after | type) == "string")'
    }
    xargs -n 25 <"$VALUES/q5-speakers.txt" | while read -r -a batch; do
        gids=() doc="query Q5FirstPages {"
        for i in "${!batch[@]}"; do
            gids+=("$(global_id Participant "${batch[$i]}")")
            doc+=" s$i: statements(filter: {speakerId: \"${gids[$i]}\"}, first: 20) { pageInfo { endCursor } }"
        done
        lines="$(first_page "$doc }" "$(printf '%s\n' "${gids[@]}" | jq -R . | jq -sc .)")"
        if [ "$(grep -c . <<<"$lines")" != "${#batch[@]}" ]; then
            lines=""
            for gid in "${gids[@]}"; do
                line="$(first_page "query Q5FirstPage { s0: statements(filter: {speakerId: \"$gid\"}, first: 20) { pageInfo { endCursor } } }" "[\"$gid\"]")"
                [ -n "$line" ] || die "q5: no endCursor for $gid: $(gql "{ statements(filter: {speakerId: \"$gid\"}, first: 20) { pageInfo { endCursor } } }" | cut -c1-300)"
                lines+="$line"$'\n'
            done
        fi
        printf '%s\n' "$lines" | grep . >>"$VALUES/q5-after.jsonl"
    done
    [ "$(wc -l <"$VALUES/q5-after.jsonl")" = "$(wc -l <"$VALUES/q5-speakers.txt")" ] || die "q5: cursor list incomplete"
    IFS=$'\t' read -r at_lo at_hi <<<"$(bq "select min(us), max(us) from (
        select (select (extract(epoch from s.said_at) * 1000000)::int8 from statement s where s.speaker_id = k.id
                order by s.said_at desc, s.id desc offset 19 limit 1) as us
        from unnest(string_to_array('$(paste -sd, "$VALUES/q5-speakers.txt")', ',')::int8[]) k(id)) x")"
    log "q5: $(wc -l <"$VALUES/q5-after.jsonl") cursors"
fi

# Compares the service's answer ($1) with the ceiling's ($2) as parsed JSON. Cursor strings are opaque and the
# ceiling writes its own, so they are compared only for being there (a string where the ceiling has one);
# in the service's answer every connection's endCursor must be its last edge's cursor.
same_answer() {
    jq -n --argjson a "$1" --argjson b "$2" '
        def mask: walk(if type == "object" then with_entries(
                      if (.key == "cursor" or .key == "endCursor" or .key == "startCursor") and (.value | type) == "string"
                      then .value = "<cursor>" else . end) else . end);
        def ends_consistent: [.. | objects | select(has("edges") and (.pageInfo | type) == "object" and (.pageInfo | has("endCursor")))
                              | .pageInfo.endCursor == ((.edges | last | .cursor?) // null)] | all;
        ($a | mask) == ($b | mask) and ($a | ends_consistent)' 2>/dev/null
}

declare -A REQS RPS P50 P99 MAXMS NON2XX ERRS SOCKERR SQLREQ SQLMS CPUREQ CEIL CHECK
for w in $workloads; do
    vf="$(values_file "$w")"
    qf="$BENCH_DIR/queries/$w.graphql"
    [ -f "$qf" ] || die "no query file $qf"
    q="$(cat "$qf")"
    # One answer compared with the ceiling statement's for the same input: the data must be equal. q2, q3 and
    # q6 check a row that has something in every list; ceiling_vars are the ceiling's psql variables.
    ceiling_vars=()
    case "$w" in
        q2) dbid="$(bq "select n.id from negotiation n where n.created_by = 'bench'
                          and exists (select 1 from exchange e where e.negotiation_id = n.id and e.agreement_id is not null)
                          and exists (select 1 from statement s where s.negotiation_id = n.id) order by n.id limit 1")"
            vars="{\"id\":\"$(global_id Negotiation "${dbid:-$n_lo}")\"}"; ceiling_vars=(-v id="${dbid:-$n_lo}") ;;
        q3) dbid="$(bq "select p.id from participant p where p.created_by = 'bench' and p.kind = 'PERSON'
                          and exists (select 1 from statement s where s.speaker_id = p.id and s.negotiation_id is not null)
                        order by p.id limit 1")"
            vars="{\"id\":\"$(global_id Participant "${dbid:-$p_lo}")\"}"; ceiling_vars=(-v id="${dbid:-$p_lo}") ;;
        q4) vars="$(jq -cn --arg t "$(sed -n '1p' "$vf")" '{text: $t}')"; ceiling_vars=(-v r="$w_lo") ;;
        q5) dbid="$(sed -n '1p' "$VALUES/q5-speakers.txt")"; vars="$(sed -n '1p' "$vf")"
            IFS=$'\t' read -r after_at after_id <<<"$(bq "select (extract(epoch from said_at) * 1000000)::int8, id from statement
                where speaker_id = $dbid order by said_at desc, id desc offset 19 limit 1")"
            ceiling_vars=(-v id="$dbid" -v after_at="$after_at" -v after_id="$after_id") ;;
        q6) dbid="$(bq "select p.id from participant p where p.created_by = 'bench' and p.kind = 'STATE'
                          and exists (select 1 from negotiation_party np where np.represents_id = p.id)
                        order by p.id limit 1")"
            vars="{\"id\":\"$(global_id Participant "${dbid:-$p_lo}")\"}"; ceiling_vars=(-v id="${dbid:-$p_lo}") ;;
        *) vars='{}' ;;
    esac
    answer="$(gql "$q" "$vars")"
    if [[ "$answer" == *'"errors"'* || "$answer" != *'"data"'* ]]; then
        CHECK[$w]="ERROR: $(jq -c '[.errors[]?.message] | unique' <<<"$answer" 2>/dev/null | cut -c1-300 || echo "${answer:0:300}")"
    elif [ ! -f "$BENCH_DIR/ceiling/$w.sql" ]; then
        CHECK[$w]="answers (no ceiling statement to compare with)"
    else
        expected="$(sed '/^\\set/d' "$BENCH_DIR/ceiling/$w.sql" | psql "$DB_URL" -X -At -v ON_ERROR_STOP=1 "${ceiling_vars[@]}")"
        if [ "$(same_answer "$answer" "$expected")" = true ]; then
            CHECK[$w]="same data as the ceiling SQL"
            [[ "$answer" != *'ursor"'* ]] || CHECK[$w]+=" (cursor strings compared for presence only)"
        else
            CHECK[$w]="DIFFERS from the ceiling SQL (see $BENCH_TARGET/check-$w-*.json)"
        fi
        jq -S . <<<"$answer" >"$BENCH_TARGET/check-$w-service.json"; jq -S . <<<"$expected" >"$BENCH_TARGET/check-$w-ceiling.json"
    fi
    log "$w: ${CHECK[$w]}"

    hash=""
    if [ "$transport" = persisted ]; then
        hash="$(printf '%s' "$q" | sha256sum | cut -d' ' -f1)"
        vars='{}'
        if [ -n "$vf" ]; then
            first="$(head -1 "$vf")" name="$(grep -o '\$[A-Za-z_]*' "$qf" | head -1 | cut -c2-)"
            if [[ "$first" == "{"* ]]; then vars="$first"; else vars="$(jq -cn --arg n "$name" --arg v "$first" '{($n): $v}')"; fi
        fi
        registered="$(curl -s --max-time 30 -H 'Content-Type: application/json' --data "$(jq -cn --rawfile q "$qf" \
            --arg h "$hash" --argjson v "$vars" \
            '{query: ($q | rtrimstr("\n")), variables: $v, extensions: {persistedQuery: {version: 1, sha256Hash: $h}}}')" "$ENDPOINT")"
        [[ "$registered" == *'"data"'* ]] || die "$w: the service did not take the persisted document: $registered"
    fi
    first_c="${concurrency%% *}"
    log "$w: warm-up ${warmup}s at c=$first_c"
    # The warm-up checks every answer's body for "errors"; the measured runs do not (see wrk/graphql.lua).
    warm="$(wrk -t"$threads" -c"$first_c" -d"${warmup}s" --timeout 10s -s "$BENCH_DIR/wrk/graphql.lua" "$ENDPOINT" -- "$qf" "$vf" "$transport" "$hash")"
    warm_errors="$(grep -o 'graphql_errors=[0-9]*' <<<"$warm" | cut -d= -f2)" || die "wrk printed no RESULT line: $warm"
    grep '^SAMPLE_ERROR' <<<"$warm" | cut -c1-300 >&2 || true
    for c in $concurrency; do
        [ -n "$PSS" ] && bq "select pg_stat_statements_reset()" >/dev/null
        t0=$(ticks)
        out="$(WRK_CHECK_BODIES=0 wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 10s -s "$BENCH_DIR/wrk/graphql.lua" "$ENDPOINT" -- "$qf" "$vf" "$transport" "$hash")"
        t1=$(ticks)
        calls="" sql_ms=""; [ -n "$PSS" ] && IFS=$'\t' read -r calls sql_ms <<<"$(sql_calls)"
        result="$(grep '^RESULT' <<<"$out")" || die "wrk printed no RESULT line: $out"
        declare -A r=()
        for kv in ${result#RESULT }; do r[${kv%%=*}]=${kv#*=}; done
        k="$w/$c"
        REQS[$k]=${r[requests]} RPS[$k]=${r[rps]} P50[$k]=${r[p50_ms]} P99[$k]=${r[p99_ms]} MAXMS[$k]=${r[max_ms]} NON2XX[$k]=${r[non2xx]} ERRS[$k]=$warm_errors SOCKERR[$k]=${r[socket_errors]}
        CPUREQ[$k]=$(awk -v d=$((t1 - t0)) -v hz="$CLK_TCK" -v n="${r[requests]}" 'BEGIN { if (n > 0) printf "%.2f", d * 1000 / hz / n; else printf "n/a" }')
        SQLREQ[$k]=$( [ -n "$calls" ] && awk -v s="$calls" -v n="${r[requests]}" 'BEGIN { if (n > 0) printf "%.2f", s / n; else printf "n/a" }' || echo n/a)
        SQLMS[$k]=$( [ -n "$sql_ms" ] && awk -v s="$sql_ms" -v n="${r[requests]}" 'BEGIN { if (n > 0) printf "%.3f", s / n; else printf "n/a" }' || echo n/a)
        log "$w c=$c: ${RPS[$k]} req/s, p50 ${P50[$k]} ms, p99 ${P99[$k]} ms, non-2xx ${NON2XX[$k]}, errors ${ERRS[$k]}, socket errors ${SOCKERR[$k]}, SQL/req ${SQLREQ[$k]}, SQL ms/req ${SQLMS[$k]}, CPU ms/req ${CPUREQ[$k]}"
        grep '^SAMPLE_ERROR' <<<"$out" | cut -c1-300 >&2 || true
    done
done
rss_mib=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVICE_PID/status")
log "RSS after load: $rss_mib MiB"
stop_service

# ---------------------------------------------------------------- ceiling
if [ -n "$ceiling" ]; then
    for w in $workloads; do
        [ -f "$BENCH_DIR/ceiling/$w.sql" ] || continue
        case "$w" in
            q2) range=(-D lo="$n_lo" -D hi="$n_hi") ;;
            q3|q6) range=(-D lo="$p_lo" -D hi="$p_hi") ;;
            q4) range=(-D lo="$w_lo" -D hi="$w_hi") ;;
            q5) range=(-D lo="$p_lo" -D hi="$p_hi" -D at_lo="$at_lo" -D at_hi="$at_hi") ;;
            *) range=() ;;
        esac
        pgbench -n -M prepared -c "${concurrency%% *}" -j "$threads" -T "$(( warmup < 5 ? warmup : 5 ))" "${range[@]}" \
            -f "$BENCH_DIR/ceiling/$w.sql" "$DB_URL" >/dev/null 2>&1 || true
        for c in $concurrency; do
            out="$(pgbench -n -M prepared -c "$c" -j "$threads" -T "$duration" "${range[@]}" -f "$BENCH_DIR/ceiling/$w.sql" "$DB_URL" 2>&1)" \
                || { echo "$out" >&2; die "pgbench failed for $w"; }
            CEIL[$w/$c]=$(awk '/^tps = / { printf "%.1f", $3 }' <<<"$out")
            log "$w c=$c ceiling: ${CEIL[$w/$c]} tps ($(awk '/^latency average/ { print $4, $5 }' <<<"$out") average)"
        done
    done
fi

# ---------------------------------------------------------------- report
busy_after=$(cpu_busy 3)
commit="$(git -C "$APP_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty="$(git -C "$APP_DIR" status --porcelain -- src pom.xml 2>/dev/null | head -1 || true)"
{
    echo "talks-record bench  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $commit${dirty:+ (+ uncommitted changes)}  $APP_KIND, Flyway at start: $flyway"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); database: PostgreSQL $(bq "select split_part(version(), ' ', 2)") at $(sed -E 's#//([^:@/]+):[^@/]*@#//\1:***@#' <<<"$DB_URL")"
    echo "data: scale $scale ($(bq "select participants || ' participants, ' || negotiations || ' negotiations, ' || agreements || ' agreements, ' || exchanges || ' exchanges, ' || statements || ' statements; loaded in ' || seconds || ' s' from bench.generated"))"
    echo "runs: wrk -t$threads, ${duration}s each after ${warmup}s warm-up per workload; pgbench -M prepared -j$threads, ${duration}s"
    echo "time to first answered query: $startup_ms ms    RSS after load: $rss_mib MiB"
    echo "pool: TALKS_POOL_SIZE=${TALKS_POOL_SIZE:-unset, the service default}"
    echo "transport: $transport"
    echo "scheduler: autogroup $(case "$(cat "$AUTOGROUP" 2>/dev/null)" in 1) echo on ;; 0) echo off ;; *) echo n/a ;; esac)$([ -n "$no_autogroup" ] && [ "$AUTOGROUP_BEFORE" = 1 ] && echo " (switched off by --no-autogroup)")"
    echo "CPU busy before start: ${busy_before}%, after the end: ${busy_after}% (both should be near 0: other work on the machine skews every number)"
    echo
    printf '%-4s %4s %9s %8s %8s %7s %7s %8s %8s %8s %10s %7s\n' wl c 'req/s' 'p50 ms' 'p99 ms' non2xx errors 'SQL/req' 'SQL ms' 'CPU ms' 'ceil tps' ratio
    printf 'wl\tc\treq_s\tp50_ms\tp99_ms\tmax_ms\tnon2xx\terrors\tsql_per_req\tsql_ms_per_req\tcpu_ms_per_req\tceil_tps\tratio\tpool\tscale\n' >"$RESULTS_TSV"
    for w in $workloads; do
        for c in $concurrency; do
            k="$w/$c"
            ratio=n/a
            [ -n "${CEIL[$k]:-}" ] && ratio=$(awk -v a="${RPS[$k]}" -v b="${CEIL[$k]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }')
            # A rate of failing requests says nothing: no ratio for a run with any failure.
            [ $((NON2XX[$k] + SOCKERR[$k] + ERRS[$k])) -gt 0 ] && ratio=failed
            [ "${REQS[$k]}" = 0 ] && ratio=none
            printf '%-4s %4s %9s %8s %8s %7s %7s %8s %8s %8s %10s %7s\n' "$w" "$c" "${RPS[$k]}" "${P50[$k]}" "${P99[$k]}" \
                "$((NON2XX[$k] + SOCKERR[$k]))" "${ERRS[$k]}" "${SQLREQ[$k]}" "${SQLMS[$k]}" "${CPUREQ[$k]}" "${CEIL[$k]:-n/a}" "$ratio"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$w" "$c" "${RPS[$k]}" "${P50[$k]}" "${P99[$k]}" \
                "${MAXMS[$k]}" "$((NON2XX[$k] + SOCKERR[$k]))" "${ERRS[$k]}" "${SQLREQ[$k]}" "${SQLMS[$k]}" "${CPUREQ[$k]}" \
                "${CEIL[$k]:-n/a}" "$ratio" "${TALKS_POOL_SIZE:-default}" "$scale" >>"$RESULTS_TSV"
        done
    done
    echo
    for w in $workloads; do echo "check $w: ${CHECK[$w]}"; done
    echo
    echo "targets:"
    for w in $workloads; do
        for c in $concurrency; do
            k="$w/$c"
            failed=$((NON2XX[$k] + SOCKERR[$k] + ERRS[$k]))
            [ "${REQS[$k]}" = 0 ] && failed=1  # not one answer within the run
            if [ -n "${CEIL[$k]:-}" ] && [ "$w" != q4 ]; then
                verdict=$(awk -v a="${RPS[$k]}" -v b="${CEIL[$k]}" -v f="$failed" 'BEGIN { ok = (f == 0 && b > 0 && a / b >= 0.8); print (ok ? "PASS" : "FAIL") }')
                echo "  $verdict  $w c=$c: req/s / ceiling tps >= 0.8"
            fi
            if [ "$c" = 16 ]; then
                # Search: 50 ms at scale 1, 100 ms beyond; every other workload 30 ms.
                limit=30; [ "$w" = q4 ] && limit=$(awk -v s="$scale" 'BEGIN { print (s > 1 ? 100 : 50) }')
                verdict=$(awk -v p="${P99[$k]}" -v f="$failed" -v l="$limit" 'BEGIN { ok = (f == 0 && p <= l); print (ok ? "PASS" : "FAIL") }')
                echo "  $verdict  $w c=16: p99 <= $limit ms"
            fi
        done
    done
    if [ -z "$native" ]; then
        echo "  $( [ "$rss_mib" -le 300 ] && echo PASS || echo FAIL)  RSS after load <= 300 MiB on the JVM"
    fi
    echo "  (a run with any non-2xx or socket error, or an \"errors\" answer in its warm-up, or without a single answer, fails its targets)"
} | tee "$RESULTS"
log "results written to $RESULTS and $RESULTS_TSV"
