#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 server for the test suite: made with initdb in DIR, listening on a
# Unix socket in DIR only (no TCP port), with fsync off. CTest starts it before the suites that
# need it (fixture "postgres") and stops and removes it after them, even when they fail.
#
#   pgtestserver.sh start DIR   # prints nothing; DIR/url then holds the superuser's address
#   pgtestserver.sh stop DIR
#
# PostgreSQL refuses to run as root: as root the server runs as the unprivileged "nobody",
# owning DIR; the tests, as root, connect to its socket all the same.
set -euo pipefail
action=${1:?usage: pgtestserver.sh start|stop DIR}
dir=${2:?usage: pgtestserver.sh start|stop DIR}
dir=$(realpath -m "$dir")
cd / # the server's user may not enter the caller's folder (/root when run as root)
port=5432 # the socket's name: unique per DIR, so several builds run their servers side by side
superuser=costboard_test

bindir=
for candidate in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir=$candidate
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "pgtestserver: no PostgreSQL server found (install postgresql-15: packaging/install-deps.sh)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $action in
start)
    stop # a server left by a run that was killed
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U "$superuser" -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # The socket's folder must be reachable by the test user (root, or the same user).
    chmod 755 "$dir"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://$superuser@/postgres?host=$dir&port=$port" >"$dir/url.part"
    mv "$dir/url.part" "$dir/url"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pgtestserver.sh start|stop DIR" >&2
    exit 2
    ;;
esac
