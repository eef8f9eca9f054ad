#!/usr/bin/env bash
# The first start of several servers on a new database, N times in a row (default 10): each time a new PostgreSQL
# database, then the first server of the cluster alone (KPCS_CLUSTER=on, as cluster.sh starts it), which must migrate
# the schema and become ready whatever Liberty's persistent timer store does meanwhile (its tables are made by the
# portal's migrations, and Liberty is told not to make them). Fails on the first start that does not become ready
# or whose log shows the migrations refused. Uses cluster.sh (its variables); stops everything at the end.
#
#   src/test/cluster/first-start.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
cluster=src/test/cluster/cluster.sh
runs="${1:-10}"
work="${KPCS_CLUSTER_WORK:-target/cluster}"
trap '"$cluster" stop > /dev/null 2>&1 || true' EXIT
for run in $(seq 1 "$runs"); do
    started=$(date +%s)
    if ! timeout 300 "$cluster" start 1 > "$work-first-start.log" 2>&1; then
        cat "$work-first-start.log"; tail -n 60 "$work/server-1.log" || true
        echo "first start $run of $runs: the server did not become ready" >&2
        exit 1
    fi
    if grep -q "non-empty schema\|FlywayException\|Validate failed" "$work/server-1.log"; then
        tail -n 60 "$work/server-1.log"
        echo "first start $run of $runs: the migrations were refused" >&2
        exit 1
    fi
    echo "first start $run of $runs on a new database: ready after $(( $(date +%s) - started )) s"
    "$cluster" stop > /dev/null 2>&1
done
echo "$runs first starts of a cluster on a new database, each migrated and ready"
