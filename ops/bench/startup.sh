#!/usr/bin/env bash
# Start-up figures (docs/performance.md): the built WAR against three WARs packed here with the JDK's tools, on the
# same built Payara Micro jar: an empty WAR (ops/bench/empty-war, one static page); a Jakarta EE WAR
# (ops/bench/frameworks-war without its PrimeFaces and OmniFaces: one entity, one EJB run at start, one Faces page,
# on Derby, with almost no code of its own); and the frameworks WAR (the same with PrimeFaces and OmniFaces). For
# each, RUNS times in turn: a fresh data directory, launch, the wall-clock seconds until /health/ready answers 200
# (and the WAR's page answers), a warm-up with ops/bench/Bench.java (every page for WARMUP seconds at 10 users; the
# other WARs' one page likewise), then a full GC and the heap in use. Builds only the small WARs: run
# `mvn -B -DskipTests package` first.
#
#   ops/bench/startup.sh [RUNS]      (default 3; WARMUP seconds per page from the environment, default 10)
#
# RESTART=true: a restart instead of a first start. Each WAR keeps one data directory, made by a start of its own
# before the runs and not counted, so every counted start finds its database made, migrated and loaded.
# REVERSE=true: each run starts the WARs the other way round, the app first and the empty WAR last (a start tends
# to be quicker than the one before it, so compare a round each way).
#
# LEARNINGSETS_* are passed to the application (LEARNINGSETS_DEMO defaults to true); BENCH_JAVA_OPTS to all JVMs.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/bench/micro.sh
needs_build
for tool in jar javac mvn; do command -v "$tool" >/dev/null || die "needs $tool (a JDK 17 and Maven)"; done

runs="${1:-3}"
warmup="${WARMUP:-10}"
work="$(mktemp -d /tmp/learningsets-startup-XXXXXX)"
trap 'stop_micro; rm -rf "$work"' EXIT
jar --create --file "$work/empty.war" -C ops/bench/empty-war .
# The Jakarta EE and frameworks WARs: compiled against the Jakarta EE API the build already fetched (app-model's
# classpath), with the built WAR's own Derby jars, and its PrimeFaces and OmniFaces jars in the frameworks WAR.
pack_frameworks_war() { # NAME LIBRARY_PATTERN
    local dir="$work/$1"
    cp -r ops/bench/frameworks-war/web "$dir"
    cp -r "$work/classes" "$dir/WEB-INF/classes"
    # shellcheck disable=SC2046 # one path per word
    (cd "$dir" && jar --extract --file "$OLDPWD/$APP_WAR" \
        $(jar --list --file "$OLDPWD/$APP_WAR" | grep -E "^WEB-INF/lib/($2)[^/]*\.jar$"))
    jar --create --file "$work/$1.war" -C "$dir" .
}
mvn -B -q -pl app-model dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
javac -d "$work/classes" -cp "$(cat "$work/classpath")" ops/bench/frameworks-war/src/bench/frameworks/*.java
cp -r ops/bench/frameworks-war/src/META-INF "$work/classes/"
pack_frameworks_war jakartaee 'derby'
pack_frameworks_war frameworks 'derby|primefaces|omnifaces'
export LEARNINGSETS_DEMO="${LEARNINGSETS_DEMO:-true}"
restart="${RESTART:-false}"
case "$restart" in true | false) ;; *) die "RESTART is true or false, not $restart" ;; esac

reverse="${REVERSE:-false}"
case "$reverse" in true) wars="app frameworks jakartaee empty" ;; false) wars="empty jakartaee frameworks app" ;;
    *) die "REVERSE is true or false, not $reverse" ;; esac
war_file() { if [ "$1" = app ]; then echo "$APP_WAR"; else echo "$work/$1.war"; fi; }
data_dir() { if [ "$restart" = true ]; then echo "$work/data-$1"; else echo "$work/data-$1-$2"; fi; }

if [ "$restart" = true ]; then
    for war in $wars; do
        LEARNINGSETS_DATA_DIR="$(data_dir "$war" 0)"
        export LEARNINGSETS_DATA_DIR
        start_micro "$(war_file "$war")" "$work/$war-first.log"
        await_ready 1800
        stop_micro
    done
fi

results="$work/results"
for run in $(seq 1 "$runs"); do
    for war in $wars; do
        LEARNINGSETS_DATA_DIR="$(data_dir "$war" "$run")"
        export LEARNINGSETS_DATA_DIR
        start_micro "$(war_file "$war")" "$work/$war-$run.log"
        case "$war" in
            app)
                await_ready 1800
                java ops/bench/Bench.java --base "$MICRO_BASE" --warmup "$warmup" --warmup-only >/dev/null
                ;;
            *)
                await_ready 600
                # Readiness alone could come from Payara; the page must be there too.
                case "$war" in empty) page=index.html ;; jakartaee) page=plain.xhtml ;; *) page=index.xhtml ;; esac
                curl -fsS -o /dev/null "${MICRO_BASE}$page" || die "the $war WAR's page is missing"
                java ops/bench/Bench.java --base "$MICRO_BASE" --pages a --static "$page" --static-anonymous \
                    --warmup "$warmup" --warmup-only >/dev/null
                ;;
        esac
        read -r heap meta rss <<<"$(heap_after_gc)"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        stop_micro
        printf '%s %s %s %s %s %s %s\n' "$war" "$run" "$READY_SECONDS" "$heap" "$meta" "$rss" "$load" | tee -a "$results"
    done
done

echo
echo "| WAR | run | seconds to ready | heap used after warm-up and GC, MB | metaspace MB | RSS MB | load |"
echo "|---|---|---|---|---|---|---|"
awk '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", ($1 == "app" ? "app-web.war" : $1 " WAR"), $2, $3, $4, $5, $6, $7 }' "$results"
echo
# Medians per WAR (the middle run of each, sorted), and the other WARs' figures as multiples of the empty WAR's.
for war in $wars; do
    printf '%s ' "$war"
    for column in 3 4 5 6; do
        awk -v w="$war" '$1 == w' "$results" | cut -d' ' -f"$column" | sort -n \
            | awk '{ v[NR] = $1 } END { printf "%s ", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
    done
    echo
done | awk '{ for (i = 2; i <= 5; i++) m[$1, i] = $i } END {
    split("empty jakartaee frameworks app", name)
    for (r = 1; r <= 4; r++)
        printf "Median: %s ready in %s s, heap %s MB, metaspace %s MB, RSS %s MB\n", name[r], m[name[r], 2],
            m[name[r], 3], m[name[r], 4], m[name[r], 5]
    for (r = 2; r <= 4; r++)
        printf "%s / empty: ready %.1fx, heap %.1fx, metaspace %.1fx, RSS %.1fx\n", name[r],
            m[name[r], 2] / m["empty", 2], m[name[r], 3] / m["empty", 3], m[name[r], 4] / m["empty", 4],
            m[name[r], 5] / m["empty", 5]
    printf "app / frameworks: ready %.1fx\n", m["app", 2] / m["frameworks", 2] }'
