#!/usr/bin/env bash
# The gate as a user runs it, against the standalone simulator carrying each deviation named (or, with none
# named, the clean simulator, then every deviation of the catalogue): mvn -o verify -DskipUTs, keys in
# environment variables. Prints one line a target: the exit code, the verdict line, and the failed scenarios
# with the first input each names. The clean simulator must exit 0; every deviation 1. The two deviations
# only the seeded search sees need its simulator budget: GATE_OPTIONS='-Dmarqtune.fuzz.requests=400'.
#   scripts/against-deviations.sh [clean] [DEVIATION ...]
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
simulator_pid=
trap '[ -n "$simulator_pid" ] && kill "$simulator_pid" 2>/dev/null; rm -rf "$work"' EXIT
mvn -B -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/classpath" \
  -Dmdep.includeScope=runtime >"$work/build.log" 2>&1 || { echo "the build failed:" >&2; tail -30 "$work/build.log" >&2; exit 1; }
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t names < <(java -cp "target/classes:$(cat "$work/classpath")" conformance.marqtune.simulator.SimulatorMain --list-deviations | awk '{print $1}')
  targets=(clean "${names[@]}")
fi
failures=0
for target in "${targets[@]}"; do
  options=(--port 0)
  [ "$target" = clean ] || options+=(--deviation "$target")
  java -cp "target/classes:$(cat "$work/classpath")" conformance.marqtune.simulator.SimulatorMain "${options[@]}" >"$work/simulator.log" 2>&1 &
  simulator_pid=$!
  for _ in $(seq 600); do grep -qs "base URL:" "$work/simulator.log" && break; sleep 0.1; done
  banner() { awk -v key="$1:" '{ i = index($0, key) } i { split(substr($0, i + length(key)), v, " "); print v[1]; exit }' "$work/simulator.log"; }
  base_url=$(banner 'base URL')
  # no base URL would point the gate at its embedded simulator, and a deviation would seem to pass
  [ -n "$base_url" ] || { echo "the simulator for $target did not start:" >&2; cat "$work/simulator.log" >&2; exit 1; }
  set +e
  MARQTUNE_API_KEY=$(banner 'API key') MARQTUNE_FOREIGN_API_KEY=$(banner 'second account') \
    MARQTUNE_SERVER_ERROR_MODEL_ID=$(banner 'server error id') \
    mvn -B -o verify -DskipUTs -Dmarqtune.baseUrl="$base_url" ${GATE_OPTIONS:-} >"$work/gate.log" 2>&1
  code=$?
  set -e
  kill "$simulator_pid" 2>/dev/null || true
  wait "$simulator_pid" 2>/dev/null || true
  simulator_pid=
  verdict=$(grep -o 'Get Model conformance: [A-Z ]*:.*' "$work/gate.log" | tail -1 | cut -c1-160)
  expected=1
  [ "$target" = clean ] && expected=0
  [ "$code" = "$expected" ] || failures=$((failures + 1))
  echo "$target: exit $code (expected $expected); $verdict"
  grep -E '^\[ERROR\]   GetModelConformanceIT\.' "$work/gate.log" | sed -E 's/^\[ERROR\]   GetModelConformanceIT\.//' \
    | awk -F' » | - ' '{print "    " $0}' | cut -c1-220 | head -5 || true
  grep -m1 -E '^    - input: ' "$work/gate.log" | cut -c1-160 | sed 's/^/  /' || true
done
[ "$failures" -eq 0 ] || { echo "$failures targets ended otherwise than expected" >&2; exit 1; }
