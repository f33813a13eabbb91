#!/usr/bin/env bash
# Starts a virtual X server for the JavaFX UI tests unless one already answers on the display.
# Idempotent: several builds (and worktrees) share one server. Usage: xvfb-for-tests.sh [:99]
set -euo pipefail
display="${1:-:99}"
number="${display#:}"

answers() {
    if command -v xdpyinfo >/dev/null 2>&1; then
        xdpyinfo -display "$display" >/dev/null 2>&1
    else
        [ -S "/tmp/.X11-unix/X$number" ]
    fi
}

if answers; then
    exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "Xvfb가 없습니다: xvfb 패키지를 설치하세요 (.ci/run 이 설치합니다)." >&2
    echo "Xvfb not found: install the Debian package xvfb (.ci/run does)." >&2
    exit 3
fi
# A stale lock from a server that died would stop a new one from starting.
lock="/tmp/.X${number}-lock"
if [ -f "$lock" ] && ! kill -0 "$(tr -d ' ' < "$lock")" 2>/dev/null; then
    rm -f "$lock" "/tmp/.X11-unix/X$number"
fi
# Detached from the build: it outlives this Maven run and serves the next one.
setsid nohup Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 < /dev/null &
for _ in $(seq 1 50); do
    if answers; then
        exit 0
    fi
    sleep 0.1
done
echo "Xvfb $display did not start within 5 s." >&2
exit 3
