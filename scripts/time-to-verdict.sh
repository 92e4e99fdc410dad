#!/usr/bin/env bash
# Where a live gate's time goes. Starts the standalone simulator on 127.0.0.1 with a latency per request
# (a cloud API's round trip), runs the gate against it as CI runs it (mvn -o verify -DskipUTs), and prints,
# as medians of RUNS runs: the whole process, the test JVM's run, the requests, the critical path they
# imply (the run's own figure: target/conformance-timeline.properties, docs/speed.md says how it is made)
# and the fixed costs around them. With --vs-newman, the Newman baseline runs in turn with the
# documented set (scripts/newman-baseline.sh), A B A B, against the same simulator. With --jar, the gate is the
# runnable jar (java -jar target/get-model-conformance.jar, run from an empty folder) instead of mvn verify, and only
# its whole process is timed: the jar writes no timeline beside Maven's phases.
#
#   scripts/time-to-verdict.sh [--runs N] [--latency-ms MS] [--set documented|default|all] [--vs-newman] [--jar]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 latency=200 set=all vs_newman=false runner=mvn
usage() { echo "$1; options: --runs N (1 or more) --latency-ms MS --set documented|default|all --vs-newman --jar" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || usage "--runs needs a number of runs"; runs=$2; shift 2 ;;
    --latency-ms) [[ ${2:-} =~ ^[0-9]+$ ]] || usage "--latency-ms needs milliseconds"; latency=$2; shift 2 ;;
    --set) [[ ${2:-} =~ ^(documented|default|all)$ ]] || usage "--set is documented, default or all"; set=$2; shift 2 ;;
    --vs-newman) vs_newman=true; shift ;;
    --jar) runner=jar; shift ;;
    *) usage "unknown option $1" ;;
  esac
done

work=$(mktemp -d)
simulator_pid=
trap '[ -n "$simulator_pid" ] && kill "$simulator_pid" 2>/dev/null; rm -rf "$work"' EXIT

if [ "$runner" = jar ]; then
  mvn -B -o -q package -DskipUTs -DskipITs >"$work/package.log" 2>&1 \
    || { echo "the jar did not build:" >&2; tail -30 "$work/package.log" >&2; exit 1; }
  mkdir "$work/jar" && cp target/get-model-conformance.jar "$work/jar/"
fi
mvn -B -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=runtime >"$work/build.log" 2>&1 \
  || { echo "the build failed:" >&2; tail -30 "$work/build.log" >&2; exit 1; }
java -cp "target/classes:$(cat "$work/classpath")" conformance.marqtune.simulator.SimulatorMain --port 0 --latency-ms "$latency" \
  >"$work/simulator.log" 2>&1 &
simulator_pid=$!
for _ in $(seq 100); do grep -qs "base URL:" "$work/simulator.log" && break; sleep 0.1; done
# the value after "key:" on the simulator's banner
banner() { awk -v key="$1:" '{ i = index($0, key) } i { split(substr($0, i + length(key)), v, " "); print v[1]; exit }' "$work/simulator.log"; }
base_url=$(banner 'base URL')
[ -n "$base_url" ] || { echo "the simulator did not start:" >&2; cat "$work/simulator.log" >&2; exit 1; }
# the keys reach the gate as the README says, in environment variables; they are the simulator's, made up for this run
MARQTUNE_API_KEY=$(banner 'API key')
MARQTUNE_FOREIGN_API_KEY=$(banner 'second account')
MARQTUNE_SERVER_ERROR_MODEL_ID=$(banner 'server error id')
export MARQTUNE_API_KEY MARQTUNE_FOREIGN_API_KEY MARQTUNE_SERVER_ERROR_MODEL_ID

now_ms() { date +%s%3N; }
property() { awk -F= -v key="$1" '$1 == key { print $2 }' target/conformance-timeline.properties; }

# One gate run: appends "whole jvm_run requests paced critical maven_start fork_to_cucumber to_preflight preflight
# to_first_scenario scenarios report leak_scan after_jvm" in milliseconds to $1.
gate() {
  local out=$1; shift
  local started finished
  started=$(now_ms)
  mvn -B -o verify -DskipUTs -Dmarqtune.baseUrl="$base_url" ${GATE_OPTIONS:-} "$@" >"$work/gate.log" 2>&1 \
    || { echo "the gate failed against a conformant simulator:" >&2; tail -40 "$work/gate.log" >&2; exit 1; }
  finished=$(now_ms)
  local jvm cucumber pre_start pre_done first done report leak
  jvm=$(property jvm.started); cucumber=$(property mark.cucumber.started)
  pre_start=$(property mark.preflight.started); pre_done=$(property mark.preflight.done)
  first=$(property mark.first.scenario.started); done=$(property mark.scenarios.finished)
  report=$(property mark.report.written); leak=$(property mark.leak.scan.done)
  echo "$((finished - started)) $((leak - jvm)) $(property requests) $(property requests.paced) $(property criticalPath.ms)" \
    "$((jvm - started)) $((cucumber - jvm)) $((pre_start - cucumber)) $((pre_done - pre_start)) $((first - pre_done))" \
    "$((done - first)) $((report - done)) $((leak - report)) $((finished - leak))" >>"$out"
}

# One run of the jar, as a pipeline without Maven runs it: appends its whole process in milliseconds to $1.
jar_gate() {
  local out=$1; shift
  local started finished
  started=$(now_ms)
  (cd "$work/jar" && exec java ${JAR_JAVA_OPTS:-} -jar get-model-conformance.jar --base-url "$base_url" --out results \
    --server-error-model-id "$MARQTUNE_SERVER_ERROR_MODEL_ID" "$@") >"$work/gate.log" 2>&1 \
    || { echo "the jar failed against a conformant simulator:" >&2; tail -40 "$work/gate.log" >&2; exit 1; }
  finished=$(now_ms)
  echo "$((finished - started))" >>"$out"
}

newman() {
  local started finished
  started=$(now_ms)
  scripts/newman-baseline.sh "$base_url" >"$work/newman.log" 2>&1 \
    || { echo "the Newman baseline failed:" >&2; tail -20 "$work/newman.log" >&2; exit 1; }
  finished=$(now_ms)
  echo "$((finished - started))" >>"$work/newman"
}

# column $2 of file $1: "median (min-max)" in seconds
median() {
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f s (%.2f-%.2f)", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}
value() { sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

report() {
  local name=$1 file=$2
  local whole jvm critical
  whole=$(value "$file" 1); jvm=$(value "$file" 2); critical=$(value "$file" 5)
  echo
  echo "$name: $(value "$file" 3) requests ($(value "$file" 4) paced by the rate limit), medians of $runs runs (min-max)"
  echo "  whole process                          $(median "$file" 1)"
  echo "  test JVM, start to its run's end       $(median "$file" 2)"
  echo "  critical path of the requests          $(median "$file" 5)"
  awk -v w="$whole" -v j="$jvm" -v c="$critical" 'BEGIN {
    printf "  test JVM / critical path               %.2f\n  whole process - critical path          %.2f s\n", j / c, (w - c) / 1000 }'
  echo "  where the rest goes:"
  echo "    Maven, until the test JVM starts     $(median "$file" 6)"
  echo "    JVM start to Cucumber's run start    $(median "$file" 7)   (surefire booter, JUnit Platform, discovery, glue)"
  echo "    Cucumber's start to the preflight    $(median "$file" 8)   (configuration, console capture, Allure environment)"
  echo "    the preflight request                $(median "$file" 9)   (REST Assured's start-up included)"
  echo "    preflight to the first scenario      $(median "$file" 10)"
  echo "    the scenarios                        $(median "$file" 11)   (their requests' critical path: the above less the preflight)"
  echo "    the run's report                     $(median "$file" 12)"
  echo "    the run's leak scan                  $(median "$file" 13)"
  echo "    after the run: JVM exit, failsafe's  $(median "$file" 14)   (reports, Maven's leak scan, the verdict)"
}

echo "Time to verdict against the simulator on 127.0.0.1, ${latency} ms a request; $runs runs each after one warm-up"
if [ "$runner" = jar ]; then
  [ "$set" = all ] && set=documented
  tags=()
  [ "$set" = documented ] && tags=(--tags @documented)
  jar_gate "$work/warmup" "${tags[@]}"
  [ "$vs_newman" = true ] && newman && : >"$work/newman"
  for _ in $(seq "$runs"); do
    jar_gate "$work/jar-runs" "${tags[@]}"
    [ "$vs_newman" = true ] && newman
  done
  echo
  echo "the jar, the $set set: whole process $(median "$work/jar-runs" 1), medians of $runs runs (min-max)"
  if [ "$vs_newman" = true ]; then
    echo "  Newman, the same checks one after another: $(median "$work/newman" 1) whole process"
    paste -d' ' "$work/jar-runs" "$work/newman" | awk '{ print $1 / $NF }' | sort -n \
      | awk '{ r[NR] = $1 } END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
          printf "  the jar / Newman, run by run:          median %.2f (%.2f-%.2f)\n", m, r[1], r[NR] }'
  fi
  exit 0
fi
if [ "$set" = documented ] || [ "$set" = all ]; then
  gate "$work/warmup" -Dcucumber.filter.tags=@documented
  [ "$vs_newman" = true ] && newman && : >"$work/newman"
  for _ in $(seq "$runs"); do
    gate "$work/documented" -Dcucumber.filter.tags=@documented
    [ "$vs_newman" = true ] && newman
  done
  report "the documented set (-Dcucumber.filter.tags=@documented)" "$work/documented"
  if [ "$vs_newman" = true ]; then
    echo "  Newman, the same checks one after another: $(median "$work/newman" 1) whole process"
    paste -d' ' "$work/documented" "$work/newman" | awk '{ print $1 / $NF }' | sort -n \
      | awk '{ r[NR] = $1 } END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
          printf "  the suite / Newman, run by run:        median %.2f (%.2f-%.2f)\n", m, r[1], r[NR] }'
  fi
fi
if [ "$set" = default ] || [ "$set" = all ]; then
  gate "$work/warmup"
  for _ in $(seq "$runs"); do gate "$work/default"; done
  report "the default run" "$work/default"
fi
