#!/usr/bin/env bash
# The annual report's benchmark: 200 focal points saving answers through the API with personal tokens, about 100
# saves a second for a minute (an open model), beside /health/live in the same run. Run it against a portal in
# demo mode on PostgreSQL (docs/performance.md), for example:
#   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE kpcs_bench"
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/kpcs_bench DB_USER=postgres DB_PASSWORD=postgres mvn liberty:run
#   src/test/bench/report-saves.sh [-Dbench.url=http://localhost:9080] [-Dbench.db.url=jdbc:postgresql://…]
# The benchmark creates its accounts (bench.001…) in that database once, obtains a token for each through
# POST /api/v1/tokens and revokes them at the end. Exits non-zero when the target (p95 under 50 ms, no error) is
# missed; prints p50/p95/p99 of the saves and of /health/live, and their ratio, as a Markdown table.
set -uo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -ntp -Pbench test-compile gatling:test "$@"
status=$?
latest=$(ls -td target/gatling/reportsavessimulation-*/ 2>/dev/null | head -n 1)
if [ -z "$latest" ] || [ ! -f "$latest/js/stats.js" ]; then
    echo "no Gatling report found" >&2
    exit 1
fi
python3 - "$latest/js/stats.js" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()

def figure(block, name):
    found = re.search(r'"%s":\s*\{\s*"total":\s*"([^"]*)"' % name, block)
    return found.group(1) if found else "-"

rows = {}
# each request's figures are a JSON block that starts with its name
for block in re.split(r'stats:\s*\{', text)[1:]:
    name = re.search(r'"name":\s*"([^"]*)"', block).group(1)
    if name != "All Requests":
        rows[name] = [figure(block, k) for k in ("numberOfRequests", "percentiles1", "percentiles3", "percentiles4")]
        rows[name].insert(1, re.search(r'"numberOfRequests":\s*\{[^}]*"ko":\s*"([^"]*)"', block).group(1))
print("| request | requests | errors | p50 ms | p95 ms | p99 ms |")
print("|---|---:|---:|---:|---:|---:|")
for name, (n, ko, p50, p95, p99) in rows.items():
    print(f"| {name} | {n} | {ko} | {p50} | {p95} | {p99} |")
save, live = rows.get("save an answer"), rows.get("health live")
if save and live:
    def ratio(a, b):
        return f"{float(a) / float(b):.1f}×" if b not in ("0", "-") and a != "-" else "n/a"
    print(f"| save ÷ /health/live | | | {ratio(save[2], live[2])} | {ratio(save[3], live[3])} | {ratio(save[4], live[4])} |")
PY
exit $status
