#!/usr/bin/env bash
# Kiosk cold start: from process start to the kiosk's own "first frame shown" log line (the first
# JavaFX pulse after the stage is shown), on a fresh Xvfb display, RUNS times. Prints each time and
# min/median/max. Extra JVM flags go in KIOSK_JAVA_OPTS (e.g. -XX:TieredStopAtLevel=1).
# Usage: scripts/bench-kiosk-start.sh [RUNS]   (after ./mvnw -B -q -pl kiosk-app -am package -DskipTests)
# It makes a scratch device (device-config init + demo-kit) under a temporary directory and deletes it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
. scripts/scratch-device.sh
JAVA=$(find_java)
RUNS=${1:-5}
DISPLAY_NO=${BENCH_DISPLAY:-:71}
read -r -a OPTS <<< "${KIOSK_JAVA_OPTS:-}"
WORK=$(mktemp -d)
xvfb=""
kiosk=""
cleanup() {
    [ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

DATA="$WORK/device"
make_scratch_device "$JAVA" "$DATA"

times=()
for run in $(seq 1 "$RUNS"); do
    # A fresh X server per run: nothing of the previous kiosk stays on the display.
    Xvfb "$DISPLAY_NO" -screen 0 800x480x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 1 200); do [ -e "/tmp/.X11-unix/X${DISPLAY_NO#:}" ] && break; sleep 0.01; done
    log="$WORK/kiosk-$run.log"
    : > "$log"
    start=$(date +%s%N)
    DISPLAY=$DISPLAY_NO "$JAVA" "${OPTS[@]}" -Dlogback.configurationFile="$PWD/scripts/bench-kiosk-logback.xml" -jar kiosk-app/target/kiosk-app.jar run --data-dir "$DATA" \
        --window 800x480 >"$log" 2>&1 &
    kiosk=$!
    shown=""
    for _ in $(seq 1 3000); do   # 5 ms polls (plus grep's own time): at least 15 s
        if grep -q "first frame shown" "$log"; then shown=$(date +%s%N); break; fi
        kill -0 "$kiosk" 2>/dev/null || break
        sleep 0.005
    done
    if [ -z "$shown" ]; then
        echo "run $run: no \"first frame shown\" line; the kiosk's log:" >&2
        cat "$log" >&2
        exit 1
    fi
    ms=$(( (shown - start) / 1000000 ))
    jvm=$(grep -o "first frame shown ([0-9]* ms" "$log" | grep -o "[0-9]*" | head -1)
    echo "run $run: ${ms} ms to the first frame (JVM uptime then: ${jvm} ms)"
    times+=("$ms")
    kill "$kiosk"; wait "$kiosk" 2>/dev/null || true; kiosk=""
    kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; xvfb=""
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
min=$(echo "$sorted" | head -1)
max=$(echo "$sorted" | tail -1)
median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
echo "cold start over $RUNS runs${KIOSK_JAVA_OPTS:+ with $KIOSK_JAVA_OPTS}: min ${min} ms, median ${median} ms, max ${max} ms (goal ≤ 3000 ms)"
