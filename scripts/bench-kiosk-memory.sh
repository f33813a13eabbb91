#!/usr/bin/env bash
# Kiosk memory over COUNT check-ins (default 1,000): a scratch device (device-config init + demo-kit),
# a fresh Xvfb display, and KioskMemoryBenchmark (the real kiosk, journal, verifier and scene), which
# prints VmRSS and heap after a full GC at 0, 10, 100, 250, 500, 750 and 1,000 check-ins.
# Extra JVM flags go in KIOSK_JAVA_OPTS. Usage: scripts/bench-kiosk-memory.sh [COUNT]
# (after ./mvnw -B -q -pl kiosk-app -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
. scripts/scratch-device.sh
JAVA=$(find_java)
COUNT=${1:-1000}
DISPLAY_NO=${BENCH_DISPLAY:-:72}
read -r -a OPTS <<< "${KIOSK_JAVA_OPTS:-}"
WORK=$(mktemp -d)
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

DATA="$WORK/device"
make_scratch_device "$JAVA" "$DATA"

Xvfb "$DISPLAY_NO" -screen 0 800x480x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 200); do [ -e "/tmp/.X11-unix/X${DISPLAY_NO#:}" ] && break; sleep 0.01; done
DISPLAY=$DISPLAY_NO "$JAVA" "${OPTS[@]}" --enable-native-access=ALL-UNNAMED -cp kiosk-app/target/kiosk-app.jar \
    org.madang.kiosk.ui.bench.KioskMemoryBenchmark "$DATA" "$COUNT" 2> "$WORK/stderr.log" \
    || { cat "$WORK/stderr.log" >&2; exit 1; }
"$JAVA" -jar device-config/target/device-config.jar journal-verify --data-dir "$DATA"
