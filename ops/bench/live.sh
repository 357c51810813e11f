#!/usr/bin/env bash
# Live meetings at scale (docs/performance.md): N concurrent live meetings on the generated data, a facilitator and
# seven members' screens each (every member's screen with its websocket), driven by the facilitators' clicks; the
# delay from a click's answer to every screen of its meeting being told, lost and out-of-order messages, server CPU
# per change, heap after GC. Runs ops/bench/LiveLoad.java. Builds nothing: run `mvn -B -DskipTests package` first.
#
#   ops/bench/live.sh [LiveLoad.java options]        e.g. ops/bench/live.sh --ramp 10,50,100,250
#
# Starts app-web-bench.war (it holds the generator) on the built Payara Micro jar as run.sh does, with
# LEARNINGSETS_DEMO=false and LEARNINGSETS_GENERATE_SCALE (default 1.0), and stops it afterwards. With
# LIVE_BASE set, it starts nothing and drives that address instead (e.g. nginx in front of two nodes, see
# docs/two-nodes.md); give LIVE_SERVER_PID too, if the server runs on this machine, for its CPU and heap.
#
# Environment:
#   LEARNINGSETS_GENERATE_SCALE   the data set's scale (default 1.0); LiveLoad.java is told the same (--scale)
#   BENCH_DATA_DIR     use (and keep) this data directory, so the data set is generated once (recommended: a
#                      run starts meetings, so a fresh copy of a kept data set gives the same meetings again)
#   BENCH_JAVA_OPTS    JVM options for the server
#   BENCH_MICRO_OPTS   Payara Micro options for the server (e.g. --prebootcommandfile FILE)
#   BENCH_OUT          folder for the server log, the table and the CSV (default target/live-<date-time>)
#   LIVE_BASE, LIVE_SERVER_PID   drive a running server instead
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/bench/micro.sh

export LEARNINGSETS_GENERATE_SCALE="${LEARNINGSETS_GENERATE_SCALE:-1.0}"
out="${BENCH_OUT:-target/live-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

if [ -n "${LIVE_BASE:-}" ]; then
    command -v java >/dev/null || die "needs a JDK 17"
    base="$LIVE_BASE"
    pid="${LIVE_SERVER_PID:-0}"
else
    needs_build
    fresh=""
    if [ -z "${BENCH_DATA_DIR:-}" ]; then
        fresh="$(mktemp -d /tmp/learningsets-live-XXXXXX)"
    fi
    cleanup() {
        stop_micro
        if [ -n "$fresh" ]; then
            rm -rf "$fresh"
        fi
    }
    trap cleanup EXIT
    export LEARNINGSETS_DEMO=false
    export LEARNINGSETS_DATA_DIR="${BENCH_DATA_DIR:-$fresh/data}"
    start_micro "$APP_WAR" "$out/server.log"
    echo "Payara Micro (pid $MICRO_PID) at $MICRO_BASE, data in $LEARNINGSETS_DATA_DIR (scale" \
        "$LEARNINGSETS_GENERATE_SCALE); waiting for /health/ready"
    await_ready "${BENCH_READY_TIMEOUT:-1800}"
    echo "Ready in $READY_SECONDS s (load $(cut -d' ' -f1-3 /proc/loadavg))"
    base="$MICRO_BASE"
    pid="$MICRO_PID"
fi

java ops/bench/LiveLoad.java --base "$base" --server-pid "$pid" --scale "$LEARNINGSETS_GENERATE_SCALE" \
    --csv "$out/figures.csv" "$@" | tee "$out/figures.md"
echo "Server log, table and CSV: $out"
