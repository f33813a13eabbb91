#!/usr/bin/env bash
# Voting latency and memory (docs/benchmarks-vote.md): confirm tap -> "recorded" on screen over
# COUNT votes (default 1,000) on the real vote desk, SQLite journal, view model and JavaFX scene in
# a fresh Xvfb, with raw fdatasync latency of the same directory measured in the same run, and the
# heap after a full GC after 10 and after COUNT votes. The journal goes to a scratch folder under
# BENCH_DIR (default: a temp folder; point it at the SD card to measure the device's storage).
# Usage: scripts/bench-vote.sh [COUNT]   (after ./mvnw -B -q -pl kiosk-app -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
JAVA=$(find_java)
COUNT=${1:-1000}
DISPLAY_NO=${BENCH_DISPLAY:-:73}
read -r -a OPTS <<< "${KIOSK_JAVA_OPTS:-}"
WORK=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/madang-vote-bench.XXXXXX")
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb "$DISPLAY_NO" -screen 0 800x480x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 200); do [ -e "/tmp/.X11-unix/X${DISPLAY_NO#:}" ] && break; sleep 0.01; done
DISPLAY=$DISPLAY_NO "$JAVA" "${OPTS[@]}" --enable-native-access=ALL-UNNAMED -Dprism.order=sw \
    -cp kiosk-app/target/kiosk-app.jar org.madang.kiosk.ui.bench.VoteBenchmark "$WORK/journal" "$COUNT" \
    2> "$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; exit 1; }
