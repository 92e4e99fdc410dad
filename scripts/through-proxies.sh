#!/usr/bin/env bash
# The gate's default set against the standalone simulator three times: directly, behind nginx and behind HAProxy,
# each with the plain reverse-proxy configuration of scripts/proxies/. Every scenario must end behind a proxy as it
# ended directly, except where the proxy answered a request itself, and each such failure must say so and name the
# proxy (selfcheck.BehindProxies compares the failsafe reports). Needs nginx and haproxy (Debian's nginx-light and
# haproxy; .ci/run installs them). Exit 0 when both proxies hold, 1 otherwise.
#   scripts/through-proxies.sh [nginx] [haproxy]
set -euo pipefail
cd "$(dirname "$0")/.."

proxies=("$@")
[ ${#proxies[@]} -gt 0 ] || proxies=(nginx haproxy)
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
for proxy in "${proxies[@]}"; do
  command -v "$proxy" >/dev/null || { echo "$proxy is not installed (apt-get install nginx-light haproxy)" >&2; exit 1; }
done
mvn -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/classpath" \
  -Dmdep.includeScope=test >"$work/build.log" 2>&1 || { echo "the build failed:" >&2; tail -30 "$work/build.log" >&2; exit 1; }
classpath="target/test-classes:target/classes:$(cat "$work/classpath")"

java -cp "$classpath" conformance.marqtune.simulator.SimulatorMain --port 0 >"$work/simulator.log" 2>&1 &
pids+=($!)
for _ in $(seq 600); do grep -qs "base URL:" "$work/simulator.log" && break; sleep 0.1; done
banner() { awk -v key="$1:" '{ i = index($0, key) } i { split(substr($0, i + length(key)), v, " "); print v[1]; exit }' "$work/simulator.log"; }
base_url=$(banner 'base URL')
[ -n "$base_url" ] || { echo "the simulator did not start:" >&2; cat "$work/simulator.log" >&2; exit 1; }
upstream=${base_url##*:}
export MARQTUNE_API_KEY MARQTUNE_FOREIGN_API_KEY MARQTUNE_SERVER_ERROR_MODEL_ID
MARQTUNE_API_KEY=$(banner 'API key')
MARQTUNE_FOREIGN_API_KEY=$(banner 'second account')
MARQTUNE_SERVER_ERROR_MODEL_ID=$(banner 'server error id')

# a port of 127.0.0.1 nothing listens on: a connection to it is refused
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# one gate run against URL, its JUnit XML (a test case a scenario) kept in DIR; the same seed each time, so the same requests
gate() {
  local url=$1 dir=$2
  set +e
  mvn -B -o verify -DskipUTs -Dmarqtune.baseUrl="$url" -Dmarqtune.fuzz.seed=1 >"$dir.log" 2>&1
  local code=$?
  set -e
  mkdir -p "$dir" && cp target/failsafe-reports/TEST-cucumber.xml "$dir/"
  echo "  $(grep -o 'Get Model conformance: [A-Z ]*:.*' "$dir.log" | tail -1 | cut -c1-170) (exit $code)"
}

echo "directly: $base_url"
gate "$base_url" "$work/direct"
failures=0
for proxy in "${proxies[@]}"; do
  mkdir -p "$work/$proxy"
  # a free port can be taken between the check and the proxy's bind: then another port, three tries
  for try in 1 2 3; do
    port=$(free_port)
    if [ "$proxy" = nginx ]; then
      sed -e "s|@LISTEN@|$port|; s|@UPSTREAM@|$upstream|; s|@PREFIX@|$work/$proxy|g" scripts/proxies/nginx.conf >"$work/$proxy/nginx.conf"
      nginx -c "$work/$proxy/nginx.conf" -p "$work/$proxy" -g 'daemon off;' >"$work/$proxy/out.log" 2>&1 &
    else
      sed -e "s|@LISTEN@|$port|; s|@UPSTREAM@|$upstream|" scripts/proxies/haproxy.cfg >"$work/$proxy/haproxy.cfg"
      haproxy -f "$work/$proxy/haproxy.cfg" >"$work/$proxy/out.log" 2>&1 &
    fi
    pids+=($!)
    listening=false
    for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { listening=true; break; }; sleep 0.1; done
    [ "$listening" = true ] && break
    echo "$proxy did not listen on $port (try $try):" >&2
    cat "$work/$proxy/out.log" >&2
    kill "${pids[-1]}" 2>/dev/null || true
  done
  [ "$listening" = true ] || { echo "$proxy would not start" >&2; exit 1; }
  echo "behind $proxy: http://127.0.0.1:$port"
  gate "http://127.0.0.1:$port" "$work/$proxy/reports"
  java -cp "$classpath" conformance.marqtune.selfcheck.BehindProxies "$work/direct" "$work/$proxy/reports" "$proxy" || failures=$((failures + 1))
  kill "${pids[-1]}" 2>/dev/null || true
done
[ "$failures" -eq 0 ] || { echo "$failures proxies changed verdicts they did not answer themselves" >&2; exit 1; }
