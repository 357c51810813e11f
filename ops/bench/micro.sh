# Shared by ops/bench/run.sh and ops/bench/startup.sh: start a WAR on the built Payara Micro as the README's
# run command does (at /, no Hazelcast), wait for readiness, read its heap, stop it. Source it from the repo root.
MICRO_JAR="app-web/target/payara-micro.jar"
APP_WAR="app-web/target/app-web-bench.war"

die() {
    echo "$*" >&2
    exit 1
}

needs_build() {
    [ -f "$MICRO_JAR" ] && [ -f "$APP_WAR" ] || die "build first: mvn -B -DskipTests package (needs $MICRO_JAR and $APP_WAR)"
    for tool in java jcmd curl; do
        command -v "$tool" >/dev/null || die "needs $tool (a JDK 17 and curl)"
    done
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

now() {
    date +%s.%N
}

# start_micro WAR LOG: starts it with the LEARNINGSETS_* variables of the environment ($BENCH_JAVA_OPTS for the
# JVM, $BENCH_MICRO_OPTS for Payara Micro, e.g. a --prebootcommandfile); sets MICRO_PID, MICRO_PORT, MICRO_BASE and
# MICRO_LAUNCHED (wall clock at launch).
start_micro() {
    launch_micro "$1" "$2" --nohazelcast
}

# launch_micro WAR LOG [PAYARA MICRO OPTIONS...]: start_micro with the caller's Payara Micro options instead of
# --nohazelcast (a cluster node's, say).
launch_micro() {
    local war="$1" log="$2"
    shift 2
    MICRO_PORT="$(free_port)"
    MICRO_BASE="http://127.0.0.1:$MICRO_PORT/"
    MICRO_LAUNCHED="$(now)"
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS and BENCH_MICRO_OPTS hold several options
    java ${BENCH_JAVA_OPTS:-} -jar "$MICRO_JAR" "$@" ${BENCH_MICRO_OPTS:-} --port "$MICRO_PORT" --contextroot / \
        --deploy "$war" >"$log" 2>&1 &
    MICRO_PID=$!
    MICRO_LOG="$log"
}

# await_ready [TIMEOUT_SECONDS]: polls /health/ready every 0.1 s until it answers 200; sets READY_SECONDS, the
# wall-clock time from launch. A large generated data set is made at the first start, hence the long default.
await_ready() {
    local deadline=$(( $(date +%s) + ${1:-1800} ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "${MICRO_BASE}health/ready")" = 200 ]; do
        kill -0 "$MICRO_PID" 2>/dev/null || { tail -30 "$MICRO_LOG" >&2; die "Payara Micro exited; log: $MICRO_LOG"; }
        [ "$(date +%s)" -lt "$deadline" ] || { stop_micro; die "not ready in time; log: $MICRO_LOG"; }
        sleep 0.1
    done
    READY_SECONDS="$(awk -v end="$(now)" -v start="$MICRO_LAUNCHED" 'BEGIN { printf "%.1f", end - start }')"
}

# heap_after_gc: a full collection (System.gc through jcmd), then prints "heap_used_MB metaspace_used_MB RSS_MB".
heap_after_gc() {
    jcmd "$MICRO_PID" GC.run >/dev/null
    jcmd "$MICRO_PID" GC.heap_info | awk -v rss="$(awk '/^VmRSS/ {print $2}' "/proc/$MICRO_PID/status")" '
        /heap.*total/ && !heap { for (i = 1; i <= NF; i++) if ($i == "used") { heap = $(i + 1) } }
        /Metaspace.*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { meta = $(i + 1) } }
        END { gsub(/[K,]/, "", heap); gsub(/[K,]/, "", meta); printf "%.0f %.0f %.0f\n", heap / 1024, meta / 1024, rss / 1024 }'
}

# stop_micro: a normal stop (SIGTERM), waiting until the process is gone.
stop_micro() {
    if [ -n "${MICRO_PID:-}" ] && kill -0 "$MICRO_PID" 2>/dev/null; then
        kill "$MICRO_PID"
        wait "$MICRO_PID" 2>/dev/null || true
    fi
    MICRO_PID=""
}
