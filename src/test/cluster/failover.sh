#!/usr/bin/env bash
# The proof that several servers work as one (docs/operations.md, "Several servers"), on the loopback only and bounded in
# time: starts two servers and the proxy (cluster.sh, a new PostgreSQL database in demo mode), then
# ClusterFailoverCheck: an answer saved on one server is read on the other; a committee seat given and taken away
# and a suspension made on one server end the sessions concerned on the other at their next request; a focal point
# signed in through the proxy saves part of the Russian Federation's report, the server that holds the session is
# killed (kill -9), and the same page's form goes on on the other server, still signed in, with no answer lost.
# Stops everything at the end; exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/../../.."
cluster=src/test/cluster/cluster.sh
trap '"$cluster" stop > /dev/null 2>&1 || true' EXIT
timeout 420 "$cluster" start 2
timeout 300 mvn -B -ntp -q test -Dtest=ClusterFailoverCheck
echo "several servers: changes seen across servers, a killed server's signed-in session goes on elsewhere"
