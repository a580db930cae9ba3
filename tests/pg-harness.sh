#!/usr/bin/env bash
# Starts and stops the throwaway PostgreSQL server the tests run against.
#   pg-harness.sh start DIR [OWNER_PID]
#                              initdb + pg_ctl start on a free loopback port; writes DIR/url.
#                              With OWNER_PID, the server is also stopped and removed once that
#                              process has ended (a test that crashed cannot leave it behind).
#   pg-harness.sh restart DIR [fast|immediate]
#                              pg_ctl restart: fast as for an upgrade, immediate as after a crash
#   pg-harness.sh tls DIR CERT KEY
#                              installs CERT and KEY (PEM files) as the server's certificate and
#                              key, turns ssl on and restarts; the server then takes TLS too
#   pg-harness.sh password DIR PASSWORD
#                              gives the postgres role PASSWORD and makes connections over TCP
#                              (the URL's) give it (scram-sha-256); the socket the harness itself
#                              uses stays trusted
#   pg-harness.sh pause DIR    stops the server, keeping its files and port
#   pg-harness.sh resume DIR   starts a paused server again on the same port
#   pg-harness.sh freeze DIR   SIGSTOPs every process of the server: connections stay open and
#                              nothing answers, as with a hung host
#   pg-harness.sh thaw DIR     SIGCONTs them
#   pg-harness.sh stop DIR     stops the server and removes its files
# As root, the server runs as the 'postgres' user (PostgreSQL refuses to run as root).
set -euo pipefail
usage="usage: pg-harness.sh start|restart|tls|password|pause|resume|freeze|thaw|stop DIR"
cmd=${1:?$usage}
dir=${2:?$usage}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg-harness: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ctl_in() { as_server_user "$bin/pg_ctl" -D "$(cat "$dir/datadir")/data" "$@"; }

# Starts the server of DIR on the given port; the log goes to its server.log.
start_on() {
    local root
    root=$(cat "$dir/datadir")
    pg_ctl_in -l "$root/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $1 -k $root/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null
}

# Sends a signal to the postmaster of DIR, then to every one of its children (stopped first, it
# forks no new one meanwhile). A child may have ended in between.
signal_server() {
    local pid
    pid=$(head -n 1 "$(cat "$dir/datadir")/data/postmaster.pid")
    kill "-$1" "$pid"
    pgrep -P "$pid" | xargs -r kill "-$1" 2>/dev/null || true
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    echo "pg-harness: no free port found" >&2; return 1
}

case "$cmd" in
start)
    [ -f "$dir/datadir" ] && "$0" stop "$dir" || true
    mkdir -p "$dir"
    root=$(mktemp -d /tmp/mealdesk-pg.XXXXXX)
    chmod 700 "$root"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$root"
    echo "$root" > "$dir/datadir"
    as_server_user "$bin/initdb" -D "$root/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$root/initdb.log" 2>&1 \
        || { cat "$root/initdb.log" >&2; exit 1; }
    mkdir -p "$root/sock" && [ "$(id -u)" -eq 0 ] && chown postgres: "$root/sock"
    for attempt in 1 2 3; do
        port=$(free_port)
        if start_on "$port"; then
            echo "$port" > "$dir/port"
            echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$dir/url"
            echo "pg-harness: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            if [ -n "${3:-}" ]; then
                setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 2; done; bash "$2" stop "$3"' \
                    watchdog "$3" "$(realpath "$0")" "$dir" </dev/null >/dev/null 2>&1 &
            fi
            exit 0
        fi
    done
    cat "$root/server.log" >&2
    exit 1
    ;;
restart)
    mode=${3:-fast}
    case "$mode" in fast|immediate) ;; *) echo "pg-harness: restart mode is fast or immediate" >&2; exit 2 ;; esac
    pg_ctl_in -w -t 60 -m "$mode" restart >/dev/null
    ;;
tls)
    cert=${3:?usage: pg-harness.sh tls DIR CERT KEY}
    key=${4:?usage: pg-harness.sh tls DIR CERT KEY}
    data="$(cat "$dir/datadir")/data"
    # The server reads them as its own user and refuses a key others can read.
    owner=()
    [ "$(id -u)" -eq 0 ] && owner=(-o postgres -g postgres)
    install -m 644 "${owner[@]}" "$cert" "$data/server.crt"
    install -m 600 "${owner[@]}" "$key" "$data/server.key"
    # The file names are relative to the data directory. A restart, unlike a reload, fails
    # loudly when the server cannot use them.
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$(cat "$dir/datadir")/sock" \
        -p "$(cat "$dir/port")" -U postgres -d postgres \
        -c "ALTER SYSTEM SET ssl_cert_file = 'server.crt'" \
        -c "ALTER SYSTEM SET ssl_key_file = 'server.key'" \
        -c "ALTER SYSTEM SET ssl = on" >/dev/null
    pg_ctl_in -w -t 60 -m fast restart >/dev/null
    ;;
password)
    password=${3:?usage: pg-harness.sh password DIR PASSWORD}
    root=$(cat "$dir/datadir")
    port=$(cat "$dir/port")
    # psql quotes the variable as a literal (:'password').
    printf '%s\n' "ALTER ROLE postgres PASSWORD :'password'" |
        "$bin/psql" -X -q -v ON_ERROR_STOP=1 -v password="$password" -h "$root/sock" -p "$port" \
            -U postgres -d postgres >/dev/null
    as_server_user sed -i 's/^\(host[[:space:]].*[[:space:]]\)trust$/\1scram-sha-256/' \
        "$root/data/pg_hba.conf"
    pg_ctl_in reload >/dev/null
    # A reload takes effect a moment later: until TCP without a password is refused.
    for _ in $(seq 1 100); do
        env -u PGPASSWORD PGPASSFILE="$root/no-passfile" "$bin/psql" -X -w -q -h 127.0.0.1 \
            -p "$port" -U postgres -d postgres -c 'SELECT 1' >/dev/null 2>&1 || exit 0
        sleep 0.1
    done
    echo "pg-harness: the server still lets TCP connections in without a password" >&2
    exit 1
    ;;
pause)
    pg_ctl_in -w -t 60 -m fast stop >/dev/null
    ;;
resume)
    start_on "$(cat "$dir/port")"
    ;;
freeze)
    signal_server STOP
    ;;
thaw)
    signal_server CONT
    ;;
stop)
    [ -f "$dir/datadir" ] || exit 0
    root=$(cat "$dir/datadir")
    # A frozen server would not act on pg_ctl's signal.
    [ -f "$root/data/postmaster.pid" ] && { signal_server CONT || true; }
    pg_ctl_in -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$root" "$dir/datadir" "$dir/url" "$dir/port"
    ;;
*)
    echo "$usage" >&2; exit 2
    ;;
esac
