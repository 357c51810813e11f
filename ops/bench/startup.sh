#!/usr/bin/env bash
# Start-up figures (docs/performance.md): the built WAR against an empty WAR (ops/bench/empty-war, one static
# page, packed here with the JDK's jar tool) on the same built Payara Micro jar. For each, RUNS times in turn:
# a fresh data directory, launch, the wall-clock seconds until /health/ready answers 200, a warm-up with
# ops/bench/Bench.java (every page for WARMUP seconds at 10 users; the empty WAR's one page likewise), then a
# full GC and the heap in use. Builds nothing: run `mvn -B -DskipTests package` first.
#
#   ops/bench/startup.sh [RUNS]      (default 3; WARMUP seconds per page from the environment, default 10)
#
# RESTART=true: a restart instead of a first start. Each WAR keeps one data directory, made by a start of its own
# before the runs and not counted, so every counted start finds its database made, migrated and loaded.
#
# LEARNINGSETS_* are passed to the application (LEARNINGSETS_DEMO defaults to true); BENCH_JAVA_OPTS to both JVMs.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/bench/micro.sh
needs_build
command -v jar >/dev/null || die "needs the JDK's jar tool"

runs="${1:-3}"
warmup="${WARMUP:-10}"
work="$(mktemp -d /tmp/learningsets-startup-XXXXXX)"
trap 'stop_micro; rm -rf "$work"' EXIT
jar --create --file "$work/empty.war" -C ops/bench/empty-war .
export LEARNINGSETS_DEMO="${LEARNINGSETS_DEMO:-true}"
restart="${RESTART:-false}"
case "$restart" in true | false) ;; *) die "RESTART is true or false, not $restart" ;; esac

war_file() { if [ "$1" = empty ]; then echo "$work/empty.war"; else echo "$APP_WAR"; fi; }
data_dir() { if [ "$restart" = true ]; then echo "$work/data-$1"; else echo "$work/data-$1-$2"; fi; }

if [ "$restart" = true ]; then
    for war in empty app; do
        LEARNINGSETS_DATA_DIR="$(data_dir "$war" 0)"
        export LEARNINGSETS_DATA_DIR
        start_micro "$(war_file "$war")" "$work/$war-first.log"
        await_ready 1800
        stop_micro
    done
fi

results="$work/results"
for run in $(seq 1 "$runs"); do
    for war in empty app; do
        LEARNINGSETS_DATA_DIR="$(data_dir "$war" "$run")"
        export LEARNINGSETS_DATA_DIR
        if [ "$war" = empty ]; then
            start_micro "$work/empty.war" "$work/$war-$run.log"
            await_ready 600
            # Readiness alone could come from Payara; the page must be there too.
            curl -fsS -o /dev/null "${MICRO_BASE}index.html" || die "the empty WAR's page is missing"
            java ops/bench/Bench.java --base "$MICRO_BASE" --pages a --static index.html --static-anonymous \
                --warmup "$warmup" --warmup-only >/dev/null
        else
            start_micro "$APP_WAR" "$work/$war-$run.log"
            await_ready 1800
            java ops/bench/Bench.java --base "$MICRO_BASE" --warmup "$warmup" --warmup-only >/dev/null
        fi
        read -r heap meta rss <<<"$(heap_after_gc)"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        stop_micro
        printf '%s %s %s %s %s %s %s\n' "$war" "$run" "$READY_SECONDS" "$heap" "$meta" "$rss" "$load" | tee -a "$results"
    done
done

echo
echo "| WAR | run | seconds to ready | heap used after warm-up and GC, MB | metaspace MB | RSS MB | load |"
echo "|---|---|---|---|---|---|---|"
awk '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", ($1 == "app" ? "app-web.war" : "empty WAR"), $2, $3, $4, $5, $6, $7 }' "$results"
echo
# Medians per WAR (the middle run of each, sorted), and the app's figures as multiples of the empty WAR's.
for war in empty app; do
    for column in 3 4 5 6; do
        awk -v w="$war" '$1 == w' "$results" | cut -d' ' -f"$column" | sort -n \
            | awk '{ v[NR] = $1 } END { printf "%s ", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
    done
    echo
done | awk 'NR == 1 { split($0, e) } NR == 2 { split($0, a) } END {
    printf "Median: empty WAR ready in %s s, heap %s MB, metaspace %s MB, RSS %s MB\n", e[1], e[2], e[3], e[4]
    printf "Median: app-web.war ready in %s s, heap %s MB, metaspace %s MB, RSS %s MB\n", a[1], a[2], a[3], a[4]
    printf "app / empty: ready %.1fx, heap %.1fx, metaspace %.1fx, RSS %.1fx\n", a[1] / e[1], a[2] / e[2], a[3] / e[3], a[4] / e[4] }'
