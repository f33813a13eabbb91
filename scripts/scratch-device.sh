#!/usr/bin/env bash
# make_scratch_device JAVA DIR: a demo terminal for benchmarks in DIR (device-config init + demo-kit:
# profile, key, journal, signed demo content and codes). Needs device-config/target/device-config.jar.
make_scratch_device() {
    local java=$1 dir=$2
    echo 246810 | "$java" -jar device-config/target/device-config.jar init --data-dir "$dir" \
        --device-id bench-kiosk-01 --site-code 1114055000 --site-name 명동 --central http://127.0.0.1:8080/ \
        --roles checkin,vote,survey --admin-pin-stdin >/dev/null
    "$java" -jar device-config/target/device-config.jar demo-kit --data-dir "$dir" >/dev/null
}
