#!/usr/bin/env bash
# Time from process start to the first answered GraphQL query, and RSS after start and after a short load,
# for the packaged JVM service and the native executable.
#
# Usage: bench/startup.sh [--runs N] [--load SECONDS] [jvm|native]...     (default: both that are built)
#   --runs N        start-ups measured per configuration (default 5); the report gives min, median, max
#   --load SECONDS  Q1 at c=16 (wrk) after the last start-up before reading RSS again (default 10; 0: none)
#   needs the bench database (bench/pg.sh start; any data, schema migrated) and, for the load, wrk.
#   JVM:    target/quarkus-app/quarkus-run.jar   (./mvnw package), run with $JAVA_OPTS (default: the manifests')
#   native: target/*-runner                      (./mvnw package -Dnative), run with $NATIVE_OPTS (default: the
#           heap settings of src/main/docker/Dockerfile.native and the native manifests)
#
# Two configurations per kind:
#   no Flyway        QUARKUS_FLYWAY_ACTIVE=false, as the Kubernetes Deployment and the Knative Service run
#                    (the Flyway Job migrates before them)
#   Flyway validate  the defaults: migrate at start, which on an up-to-date schema validates it
# The first answer is a Q1 list query (its read plan is compiled on that request), sent by a poller that
# launches the process itself and retries every millisecond, so the figure has no polling lag to speak of.
# "CPU ms" is the process's CPU time (all threads, 10 ms ticks) up to that answer: on a shared machine the
# wall-clock figure moves with the load, the CPU time much less.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs=5
load=10
kinds=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --load) load="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        jvm|native) kinds+=("$1"); shift ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done
[ ${#kinds[@]} -gt 0 ] || kinds=(jvm native)

url="postgresql://localhost:${BENCH_PG_PORT}/postgres"
export QUARKUS_DATASOURCE_REACTIVE_URL="$url" QUARKUS_DATASOURCE_JDBC_URL="jdbc:$url"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
port=${BENCH_PORT:-8080}
export QUARKUS_HTTP_PORT=$port
query='{"query":"{ negotiations(first: 20) { nodes { title startsAt location parties { role participant { name } } } } }"}'
PYTHON=$(command -v /usr/bin/python3 || command -v python3)  # the system one: version-manager shims are slow

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Launches the command, posts the query every millisecond until a 200 answer with data and no errors;
# prints "PID MS CPU_MS". The process keeps running.
first_answer() {
    "$PYTHON" - "$port" "$query" "$@" <<'PY'
import os, socket, subprocess, sys, time
port, body, log, cmd = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3], sys.argv[4:]
request = (b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
           b"Accept: application/json\r\nConnection: close\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
start = time.monotonic()
process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=open(log, "wb"), stderr=subprocess.STDOUT)
while True:
    if process.poll() is not None:
        sys.exit("service exited with %d; see %s" % (process.returncode, log))
    answer = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(request)
            while chunk := s.recv(65536):
                answer += chunk
    except OSError:
        pass
    if answer.startswith(b"HTTP/1.1 200") and b'"data"' in answer and b'"errors"' not in answer:
        break
    time.sleep(0.001)
elapsed = (time.monotonic() - start) * 1000
stat = open("/proc/%d/stat" % process.pid).read().rsplit(")", 1)[1].split()
cpu = (int(stat[11]) + int(stat[12])) * 1000 / os.sysconf("SC_CLK_TCK")
print(process.pid, round(elapsed, 1), round(cpu))
PY
}

stop() {
    kill "$1" 2>/dev/null || true
    while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

# min / median / max of the numbers on stdin
spread() { sort -n | awk '{ v[NR] = $1 } END { printf "%s / %s / %s", v[1], v[int((NR + 1) / 2)], v[NR] }'; }

measure() {
    local kind=$1 config=$2; shift 2
    local log="bench/target/startup-$kind-$config.log" times=() cpus=() started=() pid ms cpu rss_start rss_load="-"
    for ((i = 1; i <= runs; i++)); do
        read -r pid ms cpu < <(first_answer "$log" "$@") \
            || die "$kind service did not answer; see $log"
        times+=("$ms")
        cpus+=("$cpu")
        started+=("$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*' | head -1)")
        rss_start=$(rss_mib "$pid")
        if [ "$i" -eq "$runs" ] && [ "$load" -gt 0 ]; then
            need_cmd wrk wrk
            wrk -t2 -c16 -d"${load}s" -s bench/wrk/graphql.lua "http://localhost:$port/graphql" -- \
                bench/queries/q1.graphql >/dev/null 2>&1 || true
            rss_load=$(rss_mib "$pid")
        fi
        stop "$pid"
    done
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$kind" "$config" "$(printf '%s\n' "${times[@]}" | spread)" \
        "$(printf '%s\n' "${cpus[@]}" | spread)" "$(printf '%s\n' "${started[@]}" | spread)" "$rss_start" "$rss_load"
}

mkdir -p bench/target
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"  # as the container image and the manifests
log "$runs start-ups per configuration; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
printf '| kind | Flyway | first answer ms (min / median / max) | CPU ms to it | "started in" s | RSS after start MiB | RSS after %s s of Q1 MiB |\n' "$load"
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for kind in "${kinds[@]}"; do
    case $kind in
        jvm) [ -f target/quarkus-app/quarkus-run.jar ] || { log "no target/quarkus-app/quarkus-run.jar"; continue; }
            cmd=(java ${JAVA_OPTS:-$CONTAINER_JAVA_OPTS}
                -jar target/quarkus-app/quarkus-run.jar) ;;
        native) runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
            [ -n "$runner" ] || { log "no target/*-runner"; continue; }
            cmd=("$runner" ${NATIVE_OPTS--Xmx64m -Xmn16m}) ;;
    esac
    QUARKUS_FLYWAY_ACTIVE=true measure "$kind" validate "${cmd[@]}"
    QUARKUS_FLYWAY_ACTIVE=false measure "$kind" off "${cmd[@]}"
done
