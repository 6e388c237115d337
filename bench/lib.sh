# shellcheck shell=bash disable=SC2034
# Shared helpers for the bench scripts; sourced, not run.
#
# Sets BENCH_DIR (this folder), APP_DIR (the service's repository root), BENCH_TARGET (scratch, gitignored)
# and DB_URL (BENCH_DB_URL, or the bench's own PostgreSQL on localhost:$BENCH_PG_PORT).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_DIR="${BENCH_APP_DIR:-$(cd "$BENCH_DIR/.." && pwd)}"
BENCH_TARGET="$BENCH_DIR/target"
BENCH_PG_PORT="${BENCH_PG_PORT:-5544}"
OWN_DB_URL="postgresql://postgres:postgres@localhost:$BENCH_PG_PORT/postgres"
DB_URL="${BENCH_DB_URL:-$OWN_DB_URL}"
# The JVM options of the container image and the manifests (src/main/docker/Dockerfile.jvm, application.properties).
CONTAINER_JAVA_OPTS="-XX:+UseParallelGC -Xmx128m -Xmn24m -XX:TrimNativeHeapInterval=5000"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Installs Debian packages for commands that are missing: need_cmd wrk wrk  /  need_cmd pgbench postgresql-client
APT_UPDATED=""
need_cmd() {
    local cmd="$1" pkg="$2"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    log "$cmd is missing: installing Debian package $pkg"
    [ "$(id -u)" = 0 ] || die "$cmd is missing and we are not root: install $pkg"
    if [ -z "$APT_UPDATED" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null || die "apt-get install $pkg failed"
    command -v "$cmd" >/dev/null 2>&1 || die "$pkg did not provide $cmd"
}

# psql against the bench database, quiet, stopping at the first error.
bpsql() { psql "$DB_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
# One value (or tab-separated rows) from a query.
bq() { psql "$DB_URL" -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -c "$1"; }

# Global (Relay) ID of a row, as the service encodes it: base64url without padding of "Type:id".
global_id() { printf '%s:%s' "$1" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='; }

# Stops the service a script started ($SERVICE_PID): TERM, up to 10 s to drain, then KILL.
stop_service() {
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID"
        for _ in $(seq 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$SERVICE_PID" 2>/dev/null && kill -9 "$SERVICE_PID"
    fi
    SERVICE_PID=""
}
