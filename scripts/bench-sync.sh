#!/usr/bin/env bash
# The sync benchmark (docs/benchmarks-sync.md): builds the central and the agent, then runs
# org.madang.central.bench.SyncBenchmark from the central's shaded jar. The central (serve), the
# discard sink and the agent each run as their own process; prints one Markdown table on stdout
# (progress and per-row lines on stderr).
#
#   scripts/bench-sync.sh [--no-build] [--no-pg] [SyncBenchmark options…]
#   scripts/bench-sync.sh --no-pg --only one,stages --modes head   # raw, ingest and the stage table (decision 0013)
#
# PostgreSQL: started with scripts/postgres-for-tests.sh unless --no-pg (MADANG_BENCH_PG_URL
# overrides the URL). Agent flag sets to compare: MADANG_BENCH_AGENT_FLAGS, "|"-separated; a
# NAME=VALUE token is an environment variable, a --token an agent option.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
J=$(find_java)

build=1 pg=1
args=()
for a in "$@"; do
    case "$a" in
        --no-build) build=0 ;;
        --no-pg) pg=0 ;;
        *) args+=("$a") ;;
    esac
done
if [ "$build" = 1 ]; then
    ./mvnw -q -B -DskipTests -pl central-reference,sync-agent -am package
fi
pg_args=()
if [ "$pg" = 1 ]; then
    scripts/postgres-for-tests.sh >&2
    pg_args=(--pg "${MADANG_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/madang_test?user=madang&password=madang}")
fi
base='-Xmx64m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1'
# The flags the installer uses (docs/benchmarks-sync.md): small heap, C1 only, capped code and class
# space, one malloc arena, requests of 500 records.
small='MALLOC_ARENA_MAX=1 -Xmx24m -Xms8m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=8m -XX:MaxMetaspaceSize=40m -XX:CompressedClassSpaceSize=16m --batch-records=500'
flags=${MADANG_BENCH_AGENT_FLAGS:-"$base|$small"}
# The journal of the agent's device lives on tmpfs, as the kiosk's would on an SD card's page cache.
work=$(mktemp -d /dev/shm/bench-sync.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$J" -Xmx1g -cp central-reference/target/central-reference.jar org.madang.central.bench.SyncBenchmark \
    --work "$work" --agent-jar sync-agent/target/sync-agent.jar --agent-flags "$flags" "${pg_args[@]}" "${args[@]}"
