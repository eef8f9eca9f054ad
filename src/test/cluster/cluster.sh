#!/usr/bin/env bash
# Several portal servers on one PostgreSQL database behind nginx, all on the loopback (docs/operations.md, "Several servers").
#
#   src/test/cluster/cluster.sh start [N]   N servers (default 2) from the production archive, then the proxy
#   src/test/cluster/cluster.sh stop        stops the proxy and every server
#   src/test/cluster/cluster.sh status      which servers run, their process, memory and readiness
#   src/test/cluster/cluster.sh kill I      kill -9 of server I (1..N), as a crash would
#   src/test/cluster/cluster.sh restart I   starts server I again (it joins the others)
#
# The proxy listens on 127.0.0.1:9280 (KPCS_PROXY_PORT); server I on 9280+I (HTTPS 9380+I), its Hazelcast member on
# the first free port from 5701. Every server gets the same settings but its ports: KPCS_CLUSTER=on, the database
# (a new one, kpcs_cluster, dropped and created at start unless DB_URL is given), one data directory for the
# uploaded files and the LTPA keys (target/cluster/data, keys generated at the first start, never committed), demo
# mode (KPCS_DEMO=false to start without the demonstration data). KPCS_CLUSTER=off starts the servers without the
# shared session cache (for comparison: one server alone, behind the same proxy). The first server starts alone (it migrates the
# schema and loads the demonstration data); the others start after it is ready.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${KPCS_CLUSTER_WORK:-$root/target/cluster}"
proxy_port="${KPCS_PROXY_PORT:-9280}"
jar="$root/target/kpcs-portal-server.jar"
wlp="$root/target/liberty/wlp"
database="${KPCS_CLUSTER_DATABASE:-kpcs_cluster}"
db_url="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$database}"
ltpa_password="${KPCS_LTPA_PASSWORD:-kpcs-cluster-$(hostname)}"

http_port() { echo $((proxy_port + $1)); }
# the launcher's process, if it is still this archive's (a pid file may outlive its process)
launcher_of() {
    local pid; pid="$(cat "$work/server-$1.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$jar"; then echo "$pid"; fi
}
# the runnable archive's launcher starts the server in a JVM of its own: that one holds the sessions
pid_of() {
    local launcher; launcher="$(launcher_of "$1")"
    [ -n "$launcher" ] || return 0
    pgrep -P "$launcher" java 2>/dev/null | head -n 1 || true
}
alive() { local pid; pid="$(launcher_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
servers() { ls "$work"/server-*.pid 2>/dev/null | sed -E 's/.*server-([0-9]+)\.pid/\1/' | sort -n; }

wait_ready() {
    local i="$1" started="$2"
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null "http://127.0.0.1:$(http_port "$i")/health/ready"; then
            local ms=$(( ($(date +%s%N) - started) / 1000000 ))
            echo "$ms" > "$work/server-$i.ready-ms"
            echo "server $i ready on port $(http_port "$i") after ${ms} ms"
            return 0
        fi
        alive "$i" || { tail -n 40 "$work/server-$i.log"; echo "server $i ended before it was ready" >&2; return 1; }
        sleep 0.5
    done
    tail -n 40 "$work/server-$i.log"
    echo "server $i not ready after 120 s" >&2
    return 1
}

start_server() {
    local i="$1"
    local port; port="$(http_port "$i")"
    rm -rf "$work/server-$i/extract"
    mkdir -p "$work/server-$i"
    local started; started="$(date +%s%N)"
    # the archive's launcher starts the server's own JVM with the server's jvm.options
    env KPCS_CLUSTER="${KPCS_CLUSTER:-on}" KPCS_SERVER_NAME="kpcs$i" KPCS_DEMO="${KPCS_DEMO:-true}" \
        DB_URL="$db_url" DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-postgres}" \
        KPCS_DATA_DIR="$work/data" KPCS_LTPA_PASSWORD="$ltpa_password" \
        HTTP_HOST=127.0.0.1 HTTP_PORT="$port" HTTPS_PORT=$((proxy_port + 100 + i)) \
        KPCS_TRUSTED_PROXIES=127.0.0.1 KPCS_PUBLIC_URL="http://127.0.0.1:$proxy_port" \
        WLP_JAR_EXTRACT_ROOT="$work/server-$i/extract" \
        setsid java -jar "$jar" > "$work/server-$i.log" 2>&1 < /dev/null &
    echo $! > "$work/server-$i.pid"
    wait_ready "$i" "$started"
}

write_proxy_config() {
    local n="$1" routes="" groups="" all=""
    for i in $(seq 1 "$n"); do
        routes+="        kpcs$i kpcs_$i;"$'\n'
        all+="        server 127.0.0.1:$(http_port "$i") max_fails=1 fail_timeout=10s;"$'\n'
        groups+="    upstream kpcs_$i {"$'\n'"        keepalive 32;"$'\n'"        server 127.0.0.1:$(http_port "$i") max_fails=1 fail_timeout=10s;"$'\n'
        for j in $(seq 1 "$n"); do
            [ "$j" = "$i" ] || groups+="        server 127.0.0.1:$(http_port "$j") backup;"$'\n'
        done
        groups+="    }"$'\n'
    done
    mkdir -p "$work/nginx/tmp"
    # nginx's workers may run as another user than its master: they write large bodies here
    chmod 1777 "$work/nginx/tmp"
    cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
worker_rlimit_nofile 16384;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 8192; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    client_max_body_size 25m;

    # Sticky sessions: the portal names the server that holds a session in the cookie KPCS_ROUTE (set by that
    # server whenever the cookie named another); its requests go there, and to another server when that one is
    # gone (which then takes the session over from the shared cache and names itself). A request without a session
    # goes to any server. Routing by the session id alone (a hash) would send the request after the one that created
    # a session to a server chosen by the id, perhaps before the session has reached it; routing on Liberty's clone
    # ids in the session cookie would send a session back to a server that held it before a second failover.
    map \$cookie_KPCS_ROUTE \$kpcs_route {
$routes        default kpcs_any;
    }
$groups    upstream kpcs_any {
        keepalive 32;
$all    }
    server {
        listen 127.0.0.1:$proxy_port;
        location / {
            proxy_pass http://\$kpcs_route;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # a server that is gone: the request goes to the next (one that did not reach a server is safe to resend)
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
            # which server answered, for the failover check (loopback proof only)
            add_header X-Portal-Server \$upstream_addr always;
        }
    }
}
CONF
}

start() {
    local n="${1:-2}"
    command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }
    [ -f "$jar" ] || (cd "$root" && mvn -B -ntp -Dproduction -DskipTests package)
    stop > /dev/null 2>&1 || true
    mkdir -p "$work/data/cluster"
    if [ -z "${DB_URL:-}" ]; then
        psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $database" \
            -c "CREATE DATABASE $database"
        rm -rf "$work/data/documents"
    fi
    if [ ! -f "$work/data/cluster/ltpa.keys" ]; then
        "$wlp/bin/securityUtility" createLTPAKeys --file="$work/data/cluster/ltpa.keys" \
            --password="$ltpa_password" > /dev/null
    fi
    for i in $(seq 1 "$n"); do start_server "$i"; done
    write_proxy_config "$n"
    /usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
    for _ in $(seq 1 20); do curl -sf -o /dev/null "http://127.0.0.1:$proxy_port/health/ready" && break; sleep 0.5; done
    echo "proxy on http://127.0.0.1:$proxy_port/ in front of $n servers"
}

stop() {
    [ -f "$work/nginx/nginx.pid" ] && /usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s quit || true
    for i in $(servers); do
        local pids; pids="$(pid_of "$i") $(launcher_of "$i")"
        # shellcheck disable=SC2086
        kill $pids 2>/dev/null || true
        for pid in $pids; do
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        done
        rm -f "$work/server-$i.pid"
    done
}

status() {
    for i in $(servers); do
        local pid; pid="$(pid_of "$i")"
        if alive "$i"; then
            local rss; rss="$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")"
            local ready="not ready"
            curl -sf -o /dev/null "http://127.0.0.1:$(http_port "$i")/health/ready" && ready="ready"
            echo "server $i: pid $pid, port $(http_port "$i"), ${rss} MiB resident, $ready"
        else
            echo "server $i: not running"
        fi
    done
}

case "${1:-}" in
    start) start "${2:-2}" ;;
    stop) stop ;;
    status) status ;;
    kill)
        victim="$(pid_of "$2")"
        [ -n "$victim" ] || { echo "server $2 is not running" >&2; exit 1; }
        kill -9 "$victim" "$(launcher_of "$2")"
        while kill -0 "$victim" 2>/dev/null; do sleep 0.05; done
        rm -f "$work/server-$2.pid"
        echo "server $2 killed (kill -9)" ;;
    restart) start_server "$2" ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
esac
