#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster and creates the role and database the central's PostgreSQL
# tests use (MADANG_TEST_PG_URL's default: jdbc:postgresql://127.0.0.1:5432/madang_test,
# user madang, password madang). Idempotent: safe to run again on a running server.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql ]; then
    echo "PostgreSQL is not installed; the central's PostgreSQL tests need it: apt-get install postgresql" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    # Without root the cluster cannot be started here: assume it runs (MADANG_TEST_PG_URL says where).
    echo "not root: not starting PostgreSQL; the tests use MADANG_TEST_PG_URL or the default local server" >&2
    exit 0
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=main
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {found=1} END {exit !found}'; then
    pg_createcluster "$version" "$cluster" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c && $4=="online" {found=1} END {exit !found}'; then
    pg_ctlcluster "$version" "$cluster" start
fi
as_postgres() { su postgres -s /bin/sh -c "$1"; }
for _ in $(seq 1 30); do
    as_postgres "pg_isready -q -h 127.0.0.1 -p 5432" && break
    sleep 1
done
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='madang'\"" | grep -q 1; then
    as_postgres "psql -q -c \"CREATE ROLE madang LOGIN PASSWORD 'madang'\""
fi
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='madang_test'\"" | grep -q 1; then
    as_postgres "createdb -O madang madang_test"
fi
echo "PostgreSQL $version/$cluster is running with database madang_test for role madang"
