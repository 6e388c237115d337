#!/usr/bin/env bash
# Time from process start to the first answered GraphQL query, and RSS after start and after a short load,
# for the packaged JVM service and the native executable.
#
# Usage: bench/startup.sh [jvm|native]...     (default: both that are built)
#   needs the bench database (bench/pg.sh start; any data) and, for the load, wrk.
#   JVM:    target/quarkus-app/quarkus-run.jar   (./mvnw package)
#   native: target/*-runner                      (./mvnw package -Dnative)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

url="postgresql://localhost:${BENCH_PG_PORT}/postgres"
export QUARKUS_DATASOURCE_REACTIVE_URL="$url" QUARKUS_DATASOURCE_JDBC_URL="jdbc:$url"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
port=${BENCH_PORT:-8080}
query='{"query":"{ negotiations(first: 20) { nodes { title startsAt location parties { role participant { name } } } } }"}'

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

measure() {
    local kind=$1; shift
    local start_ns pid elapsed_ms
    start_ns=$(date +%s%N)
    "$@" -Dquarkus.http.port="$port" >"bench/target/startup-$kind.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null -H 'content-type: application/json' -d "$query" "http://localhost:$port/graphql"; do
        kill -0 "$pid" 2>/dev/null || die "$kind service exited; see bench/target/startup-$kind.log"
        sleep 0.005
    done
    elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    local rss_start rss_load
    rss_start=$(rss_mib "$pid")
    wrk -t2 -c16 -d10s -s bench/wrk/graphql.lua "http://localhost:$port/graphql" -- bench/queries/q1.graphql \
        >/dev/null 2>&1 || true
    rss_load=$(rss_mib "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%-7s first answered query after %5d ms   RSS after start %4s MiB   after 10 s of Q1 at c=16 %4s MiB\n' \
        "$kind" "$elapsed_ms" "$rss_start" "$rss_load"
}

kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(jvm native)
mkdir -p bench/target
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"  # as the container image and the manifests
for kind in "${kinds[@]}"; do
    case $kind in
        jvm) [ -f target/quarkus-app/quarkus-run.jar ] && measure jvm java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx128m -XX:TrimNativeHeapInterval=5000} \
            -jar target/quarkus-app/quarkus-run.jar ;;
        native) runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
            [ -n "$runner" ] && measure native "$runner" ;;
        *) die "unknown kind $kind" ;;
    esac
done
