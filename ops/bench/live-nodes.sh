#!/usr/bin/env bash
# Live meetings at scale on PostgreSQL behind nginx, with one node or two (docs/performance.md, docs/two-nodes.md):
# starts NODES Payara Micro nodes of app-web-bench.war on one PostgreSQL database, as docs/two-nodes.md starts them
# (one data grid, sessions in the grid, one key file, the proxy's preboot commands), nginx in front with the repo's
# ops/nginx/learningsets-two-nodes.conf, then runs ops/bench/LiveLoad.java through nginx with every node's CPU
# added up. Stops everything afterwards. Builds nothing: run `mvn -B -DskipTests package` first.
#
#   LEARNINGSETS_DB_URL=jdbc:postgresql://localhost:5432/live LEARNINGSETS_DB_USER=... LEARNINGSETS_DB_PASSWORD=... \
#   LIVE_KEY_FILE=/path/learningsets.key NODES=2 ops/bench/live-nodes.sh --ramp 10,25,50,100
#
# The database holds the generated data set (LEARNINGSETS_GENERATE_SCALE, default 1.0): an empty database is
# filled at the first node's first start, which then also makes LIVE_KEY_FILE if it does not exist. A run starts
# meetings: give each run a fresh copy (createdb -T <kept database> <copy>) with the same key file.
#
# nginx listens on plain HTTP on this machine (the TLS lines of the site are left out: TLS costs the same with one
# node or two, and LiveLoad then needs no certificate). Sessions stay on the node their cookie hashes to, so a
# meeting's screens are spread over both nodes and learn of a change made on the other node through its relay.
#
# Environment: NODES (1 or 2, default 2), LEARNINGSETS_DB_*, LIVE_KEY_FILE, LEARNINGSETS_GENERATE_SCALE,
# BENCH_JAVA_OPTS (each node's JVM), BENCH_OUT (default target/live-nodes-<date-time>).
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/bench/micro.sh
needs_build

nodes="${NODES:-2}"
[ "$nodes" = 1 ] || [ "$nodes" = 2 ] || die "NODES is 1 or 2"
[ -n "${LEARNINGSETS_DB_URL:-}" ] || die "set LEARNINGSETS_DB_URL (and _USER, _PASSWORD) to a PostgreSQL database"
[ -n "${LIVE_KEY_FILE:-}" ] || die "set LIVE_KEY_FILE: the key file of the database's confidential text"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || die "needs nginx (Debian: nginx-light)"

export LEARNINGSETS_GENERATE_SCALE="${LEARNINGSETS_GENERATE_SCALE:-1.0}"
export LEARNINGSETS_DEMO=false LEARNINGSETS_KEY_FILE="$LIVE_KEY_FILE"
export LEARNINGSETS_SESSION_PERSISTENCE="${LEARNINGSETS_SESSION_PERSISTENCE:-hazelcast}"
out="${BENCH_OUT:-target/live-nodes-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"
work="$(mktemp -d /tmp/learningsets-nodes-XXXXXX)"
pids=()
nginx_pid=""
cleanup() {
    if [ -n "$nginx_pid" ]; then
        kill "$nginx_pid" 2>/dev/null || true
    fi
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    done
    rm -rf "$work"
}
trap cleanup EXIT

grid=()
for i in $(seq 1 "$nodes"); do
    grid+=("$(free_port)")
done
members="127.0.0.1:${grid[0]}"
if [ "$nodes" = 2 ]; then
    members="$members,127.0.0.1:${grid[1]}"
fi
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dhazelcast.socket.bind.any=false"
ports=()
# One after the other, as docs/two-nodes.md says: the first start migrates (and on an empty database generates).
for i in $(seq 0 $((nodes - 1))); do
    name="node-$((i + 1))"
    LEARNINGSETS_DATA_DIR="$work/$name" launch_micro "$APP_WAR" "$out/$name.log" --name "$name" \
        --startport "${grid[$i]}" --clustername "learningsets-bench-$$" --clustermode "tcpip:$members" \
        --interfaces 127.0.0.1 --prebootcommandfile ops/payara-micro-behind-proxy.asadmin
    pids+=("$MICRO_PID")
    ports+=("$MICRO_PORT")
    echo "$name (pid $MICRO_PID) at $MICRO_BASE; waiting for /health/ready"
    await_ready "${BENCH_READY_TIMEOUT:-3600}"
    echo "$name ready in $READY_SECONDS s"
done
MICRO_PID=""

# The repo's site, pointed at these nodes, on plain HTTP at a free port: the port-80 redirect and the TLS lines
# are left out.
proxy_port="$(free_port)"
mkdir -p "$work/nginx/logs"
python3 - "$work/nginx/site.conf" "$proxy_port" "$PWD/ops/nginx/learningsets-proxy-headers.conf" "${ports[@]}" <<'PY'
import re, sys
target, port, headers, nodes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
site = open("ops/nginx/learningsets-two-nodes.conf").read()
site = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", site, flags=re.S)
site = site.replace("listen 443 ssl http2;", "listen 127.0.0.1:" + port + ";")
site = "\n".join(l for l in site.split("\n") if "ssl_" not in l and "Strict-Transport-Security" not in l)
site = site.replace("/etc/nginx/learningsets-proxy-headers.conf", headers)
upstream = "".join("    server 127.0.0.1:%s max_fails=1 fail_timeout=10s;\n" % n for n in nodes)
site = re.sub(r"(    server 127\.0\.0\.1:808[01] [^\n]*\n)+", upstream, site)
assert "listen 80;" not in site and "ssl" not in site and site.count("127.0.0.1:") == len(nodes) + 1, site
open(target, "w").write(site)
PY
# Temporary files in the run's folder (nginx's own defaults are system folders); bodies buffered in memory.
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    client_body_buffer_size 1m;
    proxy_max_temp_file_size 0;
    include $work/nginx/site.conf;
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g "daemon off;" &
nginx_pid=$!
base="http://127.0.0.1:$proxy_port/"
for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${base}health/ready")" = 200 ] && break
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "${base}health/ready")" = 200 ] \
    || die "nginx at $base does not reach the nodes: $(cat "$work/nginx/logs/error.log")"
echo "nginx (pid $nginx_pid) at $base in front of $nodes node(s)"

server_pids="$(IFS=,; echo "${pids[*]}")"
java ops/bench/LiveLoad.java --base "$base" --server-pid "$server_pids" --scale "$LEARNINGSETS_GENERATE_SCALE" \
    --csv "$out/figures.csv" "$@" | tee "$out/figures.md"
# nginx's worker does the proxying; its CPU is in "other cores" above, with PostgreSQL's.
nginx_ticks=0
for pid in "$nginx_pid" $(pgrep -P "$nginx_pid" || true); do
    nginx_ticks=$((nginx_ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
done
echo "nginx's CPU over the whole run (master and worker): $(awk -v t="$nginx_ticks" 'BEGIN { printf "%.1f s", t / 100 }')"
echo "Node logs, table and CSV: $out"
