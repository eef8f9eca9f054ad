#!/usr/bin/env bash
# The statistics benchmark (docs/performance.md): on a fresh PostgreSQL database it starts the portal in demo mode,
# brings the registry to 85 Participants, imports a generated dataset of about 380,000 lines through the API and
# measures the import of a 100,000-line CSV against PostgreSQL's COPY of the same file, a year's world summary and a
# quarter's mirror report against the same queries run directly on the database. One command:
#   src/test/bench/statistics.sh
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and psql. Drops and recreates the database kpcs_stats_bench.
# Prints a Markdown table; exits non-zero when a target is missed.
set -uo pipefail
cd "$(dirname "$0")/../../.."
DB=kpcs_stats_bench
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
mvn -B -ntp -q -Pbench -DskipTests package test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test || exit 1
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres \
    mvn -B -ntp -DskipTests liberty:run > target/statistics-bench-server.log 2>&1 &
server=$!
stop() { mvn -B -ntp -q liberty:stop > /dev/null 2>&1; wait "$server" 2> /dev/null; }
trap stop EXIT
for i in $(seq 1 300); do
    if curl -fs http://localhost:9080/health/ready > /dev/null 2>&1; then break; fi
    sleep 1
done
curl -fs http://localhost:9080/health/ready > /dev/null || { echo "the portal did not start" >&2; exit 1; }
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    -Dbench.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" org.kimberleyprocess.portal.bench.StatisticsBenchmark
