#!/usr/bin/env bash
# Points the conformance run at targets that misbehave on purpose, with a canary key, and checks what the
# suite promises against each: a non-zero exit with one clear message, no 12-character run of the key in
# any file under target/ or on the console, a test JVM held to 512 MiB, Allure results under 20 MB, and
# an end in bounded time. Targets: the standalone simulator carrying each hostile deviation, and a server
# (python3) whose every answer is a 200 MB body. Usage: scripts/hostile-targets.sh [DEVIATION ...]
set -euo pipefail
cd "$(dirname "$0")/.."

CANARY='mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T'
OUT=target/hostile
deviations=("$@")
[ ${#deviations[@]} -gt 0 ] || deviations=(any-echoes-key any-echoes-key-across-the-cut any-echoes-key-escaped r1-endless-body 200mb-body)

mvn -B -o -q compile >/dev/null
mkdir -p "$OUT"
port=18700
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

for target in "${deviations[@]}"; do
  port=$((port + 1))
  if [ "$target" = 200mb-body ]; then
    python3 - "$port" >"$OUT/$target-server.log" 2>&1 <<'PY' &
import http.server, sys
class Huge(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        size = 200 * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        block = b'{"statusCode":200,"body":"' + b"x" * (65536 - 26)
        try:
            for _ in range(size // len(block)):
                self.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Huge).serve_forever()
PY
  else
    mvn -B -o -q exec:java -Dexec.args="--port $port --api-key $CANARY --deviation $target" >"$OUT/$target-server.log" 2>&1 &
  fi
  pids+=($!)
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.5
  done
  start=$(date +%s)
  set +e
  MARQTUNE_API_KEY="$CANARY" /usr/bin/time -f '%M' -o "$OUT/$target-maven-rss.txt" \
    mvn -B -o verify -DskipUTs -Dmarqtune.baseUrl="http://127.0.0.1:$port" -DargLine=-Xmx512m >"$OUT/$target-console.log" 2>&1
  status=$?
  set -e
  seconds=$(( $(date +%s) - start ))
  leaks=0
  for i in $(seq 0 $(( ${#CANARY} - 12 ))); do
    run=${CANARY:$i:12}
    # the suite's own compiled tests hold the canary as a constant: they are not output of the run
    if grep -rqiF --exclude-dir=hostile --exclude-dir=classes --exclude-dir=test-classes -- "$run" target \
       || grep -qiF -- "$run" "$OUT/$target-console.log"; then
      leaks=$((leaks + 1))
    fi
  done
  results=$(du -sm target/allure-results | cut -f1)
  verdict=$(grep -m1 -o 'Get Model conformance: [A-Z ]*:' "$OUT/$target-console.log" | tail -1 || true)
  echo "$target: exit $status in ${seconds} s; ${verdict:-no verdict line}; 12-character runs of the key found: $leaks; allure-results ${results} MB"
done
