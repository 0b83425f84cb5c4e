#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of mtrs-store-postgres.
#
#   eval "$(bash .ci/postgres.sh start)"   # prints the export lines below
#   bash .ci/postgres.sh stop "$MTRS_TEST_POSTGRES_DIR"
#
# start: installs Debian's server package if no server binaries are found, initdb's a
# cluster in a temporary directory as the unprivileged `postgres` user (when run as root),
# trust auth, listening on 127.0.0.1 at a free port and on a socket in that directory, and
# prints
#   export MTRS_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:PORT/postgres
#   export MTRS_TEST_POSTGRES_DIR=DIR          (the cluster: DIR/data, log DIR/log)
#   export MTRS_TEST_POSTGRES_BIN=BINDIR       (pg_ctl and friends)
# restart DIR: restarts the cluster (fast shutdown); pause DIR / resume DIR: stops it and
# starts it again with the same options (for tests of outages).
# stop: stops the cluster and removes the directory.
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return 0
    fi
    return 1
}

# Runs a command as the cluster's owner (postgres when we are root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bindir
    if ! bindir=$(find_bindir); then
        log "no PostgreSQL server found; installing Debian's package"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        bindir=$(find_bindir)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    local dir port
    dir=$(mktemp -d -t mtrs-pg.XXXXXX)   # under $TMPDIR
    mkdir -p "$dir/sock"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
    chmod 0755 "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off" \
        >"$dir/options"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 -o "$(cat "$dir/options")" \
        start >&2
    log "PostgreSQL ($("$bindir/postgres" --version)) at 127.0.0.1:$port, cluster in $dir"
    echo "export MTRS_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/postgres"
    echo "export MTRS_TEST_POSTGRES_DIR=$dir"
    echo "export MTRS_TEST_POSTGRES_BIN=$bindir"
}

restart() {
    local dir=${1:?usage: postgres.sh restart DIR}
    local bindir
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -m fast -w -t 60 restart >&2
}

pause() {
    local dir=${1:?usage: postgres.sh pause DIR}
    as_owner "$(find_bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2
}

resume() {
    local dir=${1:?usage: postgres.sh resume DIR}
    as_owner "$(find_bindir)/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "$(cat "$dir/options")" start >&2
}

stop() {
    local dir=${1:?usage: postgres.sh stop DIR}
    local bindir
    bindir=$(find_bindir) || true
    if [ -n "$bindir" ] && [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    case "$(basename "$dir")" in
        mtrs-pg.??????) rm -rf "$dir" ;;
        *) log "not removing $dir (not a cluster made by this script)" ;;
    esac
}

case "${1:-}" in
    start) start ;;
    restart) restart "${2:-}" ;;
    pause) pause "${2:-}" ;;
    resume) resume "${2:-}" ;;
    stop) stop "${2:-}" ;;
    *) log "usage: $0 start | restart DIR | pause DIR | resume DIR | stop DIR"; exit 2 ;;
esac
