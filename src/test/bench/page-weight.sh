#!/usr/bin/env bash
# First-visit weight and load time of the portal's pages on a slow line (1.6 Mbps, 150 ms latency), measured
# in Debian's Chromium. Start the portal first (`mvn liberty:run`, demonstration data), then:
#   src/test/bench/page-weight.sh [base URL, default http://localhost:9080]
# Prints a Markdown table (docs/performance.md's figures come from it); exits non-zero when a page misses the target
# of at most 400 KiB on the wire and under 3 s to load.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test \
    || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:$(cat target/bench.classpath)" org.kimberleyprocess.portal.bench.PageWeight "${1:-http://localhost:9080}"
