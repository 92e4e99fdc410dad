#!/usr/bin/env bash
# The runnable jar as a team without Maven runs it: copied to an empty folder outside the repository, it serves the
# standalone simulator (--simulator) and runs against it twice, clean and with a deviation. Each run must exit as its
# verdict says (0 clean, 1 the deviation) and its conformance-summary.md must state the same verdict as the one
# mvn verify writes against the same target with the same seed. (Summaries, not consoles: Maven wraps a failed
# build's line in its own words.)
#   scripts/jar-against-simulator.sh [DEVIATION]   (default r3-validation-skipped)
set -euo pipefail
cd "$(dirname "$0")/.."
deviation=${1:-r3-validation-skipped}
mvn -B -q package -DskipUTs -DskipITs >/dev/null
outside=$(mktemp -d)
cp target/get-model-conformance.jar "$outside/"
simulator_pid=
trap '[ -n "$simulator_pid" ] && kill "$simulator_pid" 2>/dev/null; rm -rf "$outside"' EXIT
verdict() { grep -m1 '^## Get Model conformance: ' "$1" 2>/dev/null | sed 's/^## //'; }
failures=0
for target in clean "$deviation"; do
  options=(--port 0)
  [ "$target" = clean ] || options+=(--deviation "$target")
  (cd "$outside" && exec java -jar get-model-conformance.jar --simulator "${options[@]}") >"$outside/simulator.log" 2>&1 &
  simulator_pid=$!
  for _ in $(seq 600); do grep -qs "base URL:" "$outside/simulator.log" && break; sleep 0.1; done
  banner() { awk -v key="$1:" '{ i = index($0, key) } i { split(substr($0, i + length(key)), v, " "); print v[1]; exit }' "$outside/simulator.log"; }
  base_url=$(banner 'base URL')
  [ -n "$base_url" ] || { echo "the simulator did not start:" >&2; cat "$outside/simulator.log" >&2; exit 1; }
  export MARQTUNE_API_KEY MARQTUNE_FOREIGN_API_KEY
  MARQTUNE_API_KEY=$(banner 'API key')
  MARQTUNE_FOREIGN_API_KEY=$(banner 'second account')
  set +e
  (cd "$outside" && java -Dmarqtune.fuzz.seed=1 -jar get-model-conformance.jar --base-url "$base_url" \
    --server-error-model-id "$(banner 'server error id')" --out "results-$target") >"$outside/jar.log" 2>&1
  jar_code=$?
  mvn -B -o verify -DskipUTs -Dmarqtune.fuzz.seed=1 -Dmarqtune.baseUrl="$base_url" \
    -Dmarqtune.serverError.modelId="$(banner 'server error id')" >"$outside/mvn.log" 2>&1
  mvn_code=$?
  set -e
  kill "$simulator_pid" 2>/dev/null || true
  wait "$simulator_pid" 2>/dev/null || true
  simulator_pid=
  expected=1
  [ "$target" = clean ] && expected=0
  echo "$target: jar exit $jar_code (expected $expected), mvn exit $mvn_code"
  jar_verdict=$(verdict "$outside/results-$target/conformance-summary.md")
  mvn_verdict=$(verdict target/conformance-summary.md)
  echo "  jar: $jar_verdict"
  echo "  mvn: $mvn_verdict"
  [ "$jar_code" = "$expected" ] || failures=$((failures + 1))
  [ "$mvn_code" = "$expected" ] || { echo "  mvn verify exited $mvn_code" >&2; failures=$((failures + 1)); }
  [ -n "$jar_verdict" ] && [ "$jar_verdict" = "$mvn_verdict" ] || { echo "  the verdicts differ" >&2; failures=$((failures + 1)); }
  [ -s "$outside/results-$target/junit/TEST-cucumber.xml" ] || { echo "  the jar wrote no JUnit XML" >&2; failures=$((failures + 1)); }
done
[ "$failures" -eq 0 ] || { echo "$failures checks of the jar failed" >&2; exit 1; }
