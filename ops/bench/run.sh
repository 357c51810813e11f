#!/usr/bin/env bash
# Load benchmark (docs/performance.md): starts the built WAR on the built Payara Micro jar with a fresh data
# directory, waits for /health/ready, runs ops/bench/Bench.java against it, and stops the server. Builds nothing:
# run `mvn -B -DskipTests package` first. Not part of `mvn verify` (a full run takes about ten minutes).
#
#   ops/bench/run.sh [Bench.java options]      e.g. ops/bench/run.sh --duration 20 --users 1,10,50
#
# Environment:
#   LEARNINGSETS_*     passed to the application; LEARNINGSETS_DEMO defaults to true (the demo data)
#   BENCH_DATA_DIR     use (and keep) this data directory instead of a fresh one, e.g. one holding the large
#                      generated data set, so it is made only once
#   BENCH_JAVA_OPTS    JVM options for the server (none by default, as the README's run command)
#   BENCH_MICRO_OPTS   Payara Micro options for the server (none by default, as the README's run command)
#   BENCH_OUT          folder for the server log, the table and the CSV (default target/bench-<date-time>)
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/bench/micro.sh
needs_build

out="${BENCH_OUT:-target/bench-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"
fresh=""
if [ -z "${BENCH_DATA_DIR:-}" ]; then
    fresh="$(mktemp -d /tmp/learningsets-bench-XXXXXX)"
fi
cleanup() {
    stop_micro
    if [ -n "$fresh" ]; then
        rm -rf "$fresh"
    fi
}
trap cleanup EXIT

export LEARNINGSETS_DEMO="${LEARNINGSETS_DEMO:-true}"
export LEARNINGSETS_DATA_DIR="${BENCH_DATA_DIR:-$fresh/data}"
start_micro "$APP_WAR" "$out/server.log"
echo "Payara Micro (pid $MICRO_PID) at $MICRO_BASE, data in $LEARNINGSETS_DATA_DIR; waiting for /health/ready"
await_ready "${BENCH_READY_TIMEOUT:-1800}"
echo "Ready in $READY_SECONDS s (load $(cut -d' ' -f1-3 /proc/loadavg))"

java ops/bench/Bench.java --base "$MICRO_BASE" --server-pid "$MICRO_PID" --csv "$out/figures.csv" "$@" \
    | tee "$out/figures.md"
echo "Heap after the run and a full GC (MB used, metaspace, RSS): $(heap_after_gc)"
echo "Server log, table and CSV: $out"
