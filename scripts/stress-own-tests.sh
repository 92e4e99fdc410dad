#!/usr/bin/env bash
# Runs the suite's own tests (the surefire unit tests, `mvn test`) N times in a row on a machine kept busy,
# to show that they never flake. This suite is a CI gate: a gate whose own build fails at random is a gate
# people learn to ignore, so a test that passes on an idle laptop and fails on a loaded CI runner is a bug.
#
# Usage: scripts/stress-own-tests.sh [N]      (N runs, default 10; each takes about 20 s on an idle 2-core machine)
# While it runs, one busy loop per CPU (nproc) keeps every CPU busy. The script starts them and stops them
# on exit, Ctrl-C or TERM; each is also bounded by `timeout` (N x 5 minutes), so none can outlive it for long.
# Each run is `mvn -B -o -q test` (offline: the local Maven repository must be warm, e.g. after `mvn verify`),
# from the repo root, its output in target/stress/run-K.log; a run passes when mvn exits 0. A failed run's
# target/surefire-reports is kept as target/stress/run-K-surefire-reports (the next run overwrites the original).
# Prints one line per run and then one summary line `P of N passed`.
# Exit: 0 all N runs passed; 1 a run failed; 2 bad usage.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

runs=${1:-10}
if [[ $# -gt 1 || ! $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/stress-own-tests.sh [N]   (N: number of runs, a positive integer, default 10)" >&2
  exit 2
fi
command -v mvn >/dev/null || { echo "stress-own-tests: mvn is not on the PATH" >&2; exit 2; }

cpus=$(nproc)
bound_seconds=$((runs * 300))
spinners=()
mvn_pid=

stop_all() {
  local pids=("${spinners[@]}")
  [[ -n $mvn_pid ]] && pids+=("$mvn_pid")
  if ((${#pids[@]} > 0)); then
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  spinners=()
  mvn_pid=
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for ((i = 0; i < cpus; i++)); do
  # timeout forwards the TERM sent by stop_spinners to its spinner, and ends it by itself after the bound.
  timeout "$bound_seconds" sh -c 'while :; do :; done' &
  spinners+=("$!")
done
echo "stress-own-tests: $cpus busy loops (one per CPU, at most ${bound_seconds} s), $runs runs of mvn -B -o -q test"

logs=target/stress
mkdir -p "$logs"
passed=0
for ((k = 1; k <= runs; k++)); do
  log="$logs/run-$k.log"
  start=$SECONDS
  status=0
  # in the background and waited for, so that INT or TERM stops the run at once rather than after it
  mvn -B -o -q test >"$log" 2>&1 &
  mvn_pid=$!
  wait "$mvn_pid" || status=$?
  mvn_pid=
  took=$((SECONDS - start))
  if ((status == 0)); then
    passed=$((passed + 1))
    echo "run $k/$runs: passed in $took s"
  else
    echo "run $k/$runs: FAILED in $took s, see $log"
    rm -rf "$logs/run-$k-surefire-reports"
    if [[ -d target/surefire-reports ]]; then
      cp -r target/surefire-reports "$logs/run-$k-surefire-reports"
    fi
    # Surefire's summary names each failed test under "[ERROR] Failures:" or "[ERROR] Errors:", one
    # "[ERROR]   SomeTest.method:42 message" line each (the pom turns off its per-class lines).
    failed_tests=$(awk '/^\[ERROR\] (Failures|Errors): *$/ { listing = 1; next }
                        listing && /^\[ERROR\]   [^ ]/ { sub(/^\[ERROR\]   /, ""); print; next }
                        listing && !/^\[ERROR\]    / { listing = 0 }' "$log")
    if [[ -n $failed_tests ]]; then
      while IFS= read -r test_name; do echo "  failed: $test_name"; done <<<"$failed_tests"
    else
      echo "  no failed test named in the log; its first [ERROR] lines:"
      { grep -E '^\[ERROR\]' "$log" || true; } | head -5 | sed 's/^/    /'
    fi
  fi
done

echo "$passed of $runs passed"
((passed == runs))
