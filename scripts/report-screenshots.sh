#!/usr/bin/env bash
# Takes PNG screenshots of the Allure report with headless Chromium, so that the report can be
# looked at on a machine without a display.
#
#   scripts/report-screenshots.sh [REPORT_DIR] [OUT_DIR]
#
# REPORT_DIR defaults to target/allure-report (built by `mvn allure:report`), OUT_DIR to
# target/report-screenshots, both under the project root. Prints the path of every PNG it writes.
#
# The Allure single-page app does not work from file://, so REPORT_DIR is served on 127.0.0.1 on a
# free port by `python3 -m http.server` (killed on exit). Each view is loaded inside a same-origin
# frame of a small helper page, which waits until the app has rendered, clicks what has to be
# expanded ("Show all" of the Environment widget, the nodes of a tree), and measures how tall the
# window must be for nothing to be cut off; Chromium then takes the screenshot at that height.
#
# Views: the overview as first seen; the Environment widget with every row; Categories and
# Behaviors with every node expanded; and, when the report has a failed test, that test's page
# (inside the Categories tree, and alone).
#
# Needs chromium (Debian: apt-get install chromium) and python3. Exit codes: 0 written,
# 1 a view could not be taken, 2 missing tool or report.
#
# Environment: CHROMIUM (binary), SHOT_WIDTH (1600), SHOT_HEIGHT (1200, the first-seen views),
# SHOT_MAX_HEIGHT (8000, cap for the measured ones), SHOT_BUDGET_MS (virtual time per load, 15000).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPORT_DIR=${1:-$ROOT/target/allure-report}
OUT_DIR=${2:-$ROOT/target/report-screenshots}
WIDTH=${SHOT_WIDTH:-1600}
HEIGHT=${SHOT_HEIGHT:-1200}
MAX_HEIGHT=${SHOT_MAX_HEIGHT:-8000}
BUDGET=${SHOT_BUDGET_MS:-15000}

CHROMIUM=${CHROMIUM:-}
if [[ -z $CHROMIUM ]]; then
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
  done
fi
if [[ -z $CHROMIUM ]] || ! command -v "$CHROMIUM" >/dev/null 2>&1; then
  echo "report-screenshots: chromium not found; install it: apt-get install chromium" >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "report-screenshots: python3 not found (it serves the report)" >&2
  exit 2
fi
if [[ ! -f $REPORT_DIR/index.html || ! -d $REPORT_DIR/data ]]; then
  echo "report-screenshots: no Allure report in $REPORT_DIR (build one with: mvn allure:report)" >&2
  exit 2
fi
REPORT_DIR=$(cd "$REPORT_DIR" && pwd)
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
# This script's own files from an earlier run go, so that none is left over from another report.
rm -f "$OUT_DIR"/0[1-6]-{overview,overview-environment,categories,behaviors,failed-test,failed-test-alone}.png

WORK=$(mktemp -d "${TMPDIR:-/tmp}/report-screenshots.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# What is served: the report's own entries as symbolic links, plus the helper page. The report
# directory itself is left untouched.
SERVE=$WORK/serve
mkdir -p "$SERVE"
for entry in "$REPORT_DIR"/* "$REPORT_DIR"/.[!.]*; do
  [[ -e $entry ]] && ln -s "$entry" "$SERVE/$(basename "$entry")"
done
cat >"$SERVE/__shot.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>pending</title>
<style>
  html, body { margin: 0; padding: 0; overflow: hidden; background: #fff; }
  #box { position: relative; overflow: hidden; }
  #app { position: absolute; left: 0; top: 0; border: 0; display: block; }
</style></head>
<body><div id="box"><iframe id="app"></iframe></div>
<script>
// Query: route (the app's hash, without '#'), w, h (frame size), expand (env,tree), fit (1: the
// frame is as tall as its content), focus (CSS selector: show only that element's band),
// measure (1: write the height the window needs into the title instead of showing).
(function () {
  var q = new URLSearchParams(location.search);
  var w = +q.get('w'), h = +q.get('h');
  var expand = (q.get('expand') || '').split(',').filter(Boolean);
  var focus = q.get('focus'), fit = q.get('fit') === '1', measure = q.get('measure') === '1';
  var frame = document.getElementById('app'), box = document.getElementById('box');
  var FOCUS_FRAME = 12000;                 // tall enough that the page never scrolls inside
  frame.style.width = w + 'px';
  frame.style.height = (focus ? FOCUS_FRAME : h) + 'px';
  box.style.width = w + 'px';
  box.style.height = h + 'px';
  frame.src = 'index.html#' + (q.get('route') || '');

  function done(text) { document.title = text; }
  function rendered(d) {
    if (!d || !d.body) return false;
    var c = d.getElementById('content');
    if (!c || c.querySelector('.spinner') || !c.children.length) return false;
    if (q.get('route').indexOf('categories') === 0 || q.get('route').indexOf('behaviors') === 0) {
      if (!d.querySelector('.tree .node')) return false;
    }
    if (/\/[0-9a-f]{8,}\/?$/.test(q.get('route')) || q.get('route').indexOf('testresult/') === 0) {
      if (!d.querySelector('.test-result-overview, .status-details')) return false;
    }
    // the widget's rows arrive after its frame: wait for them, and for its "Show all" when it has one
    if (expand.indexOf('env') >= 0 && !d.querySelector('[data-id="environment"] .table__row')) return false;
    return true;
  }
  function expandAll(d) {
    var clicked = 0;
    if (expand.indexOf('env') >= 0 && !envDone) {
      d.querySelectorAll('.environment-widget__expand').forEach(function (b) {
        envDone = true;                    // a toggle: click it once
        b.click(); clicked++;
      });
    }
    if (expand.indexOf('tree') >= 0) {
      d.querySelectorAll('.node:not(.node__leaf):not(.node__expanded) > .node__title').forEach(function (t) { t.click(); clicked++; });
    }
    return clicked;
  }
  // How much taller than the frame the content is: the page itself or any pane that scrolls.
  function overflow(d) {
    var win = d.defaultView, extra = 0;
    var se = d.scrollingElement || d.documentElement;
    extra = Math.max(extra, se.scrollHeight - win.innerHeight);
    d.querySelectorAll('*').forEach(function (el) {
      if (el.scrollHeight > el.clientHeight + 1) {
        var oy = win.getComputedStyle(el).overflowY;
        if (oy === 'auto' || oy === 'scroll') extra = Math.max(extra, el.scrollHeight - el.clientHeight);
      }
    });
    return Math.max(0, Math.ceil(extra));
  }
  var tries = 0, rounds = 0, envDone = false;
  function step() {
    var d;
    try { d = frame.contentDocument; } catch (e) { return done('error: ' + e); }
    if (!rendered(d)) {
      if (++tries > 200) return done('error: the report did not render');
      return setTimeout(step, 50);
    }
    if (expandAll(d) > 0 && ++rounds < 20) return setTimeout(step, 150);
    setTimeout(function () {               // let the last clicks settle
      if (focus) {
        var el = d.querySelector(focus);
        if (!el) return done('error: no ' + focus);
        var r = el.getBoundingClientRect(), top = Math.max(0, Math.floor(r.top) - 16);
        frame.style.top = (-top) + 'px';
        return done(measure ? 'height=' + (Math.ceil(r.bottom) + 16 - top) : 'ready');
      }
      if (fit) return done(measure ? 'height=' + (h + overflow(d)) : 'ready');
      done('ready');
    }, 300);
  }
  frame.addEventListener('load', function () { setTimeout(step, 50); });
})();
</script></body></html>
HTML

# A free port, then the server; wait until it answers.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server --bind 127.0.0.1 --directory "$SERVE" "$PORT" >"$WORK/http.log" 2>&1 &
SERVER_PID=$!
BASE=http://127.0.0.1:$PORT
up=0
for _ in $(seq 100); do
  if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1).read()' "$BASE/index.html" 2>/dev/null; then
    up=1
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
if ((!up)); then
  echo "report-screenshots: the HTTP server on $BASE did not answer:" >&2
  cat "$WORK/http.log" >&2
  exit 1
fi

PROFILE_N=0
chrome() { # chrome HEIGHT ARGS... : one headless run with a fresh profile
  local height=$1; shift
  PROFILE_N=$((PROFILE_N + 1))
  local profile=$WORK/profile-$PROFILE_N
  mkdir -p "$profile"
  # No network but the report: the app's page also asks for an analytics script.
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --disable-default-apps --mute-audio --hide-scrollbars \
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --user-data-dir="$profile" --window-size="$WIDTH,$height" \
    --virtual-time-budget="$BUDGET" "$@" 2>>"$WORK/chromium.log"
  rm -rf "$profile"
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

FAILED=0
# shot NAME ROUTE [OPTIONS]: OPTIONS is the helper page's query (expand=, fit=1, focus=).
# Without OPTIONS the view is taken as a person first sees it, at WIDTHxHEIGHT.
shot() {
  local name=$1 route=$2 opts=${3:-} height=$HEIGHT file=$OUT_DIR/$1.png
  local query
  query="route=$(urlencode "$route")&w=$WIDTH${opts:+&$opts}"
  if [[ -n $opts ]]; then
    local title
    title=$(chrome "$HEIGHT" --dump-dom "$BASE/__shot.html?$query&h=$HEIGHT&measure=1" |
      sed -n 's:.*<title>\(.*\)</title>.*:\1:p' | head -n 1)
    if [[ $title != height=* ]]; then
      echo "report-screenshots: $name (#$route): ${title:-no answer from chromium}" >&2
      FAILED=1
      return 0
    fi
    height=${title#height=}
    if [[ $opts != *focus=* ]] && ((height < HEIGHT)); then height=$HEIGHT; fi
    if ((height > MAX_HEIGHT)); then height=$MAX_HEIGHT; fi
  fi
  rm -f "$file"
  chrome "$height" --screenshot="$file" "$BASE/__shot.html?$query&h=$height" >/dev/null
  if [[ -s $file ]]; then
    echo "$file"
  else
    echo "report-screenshots: $name (#$route): no screenshot written" >&2
    FAILED=1
  fi
}

# The first failed (else broken) test: its uid, and its place in the Categories tree.
FAILED_UID=''
FAILED_ROUTE=''
read -r FAILED_UID FAILED_ROUTE < <(python3 - "$REPORT_DIR" <<'PY'
import glob, json, os, sys
report = sys.argv[1]
cases = []
for path in sorted(glob.glob(os.path.join(report, "data", "test-cases", "*.json"))):
    try:
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
    except (OSError, ValueError):
        continue
    if case.get("status") in ("failed", "broken"):
        cases.append((0 if case["status"] == "failed" else 1, case.get("name", ""), case["uid"]))
if not cases:
    sys.exit(0)
cases.sort()
uid = cases[0][2]
route = "testresult/" + uid
def parent_of(node, parent):
    for child in node.get("children", []):
        if child.get("uid") == uid and "children" not in child:
            return parent
        found = parent_of(child, child)
        if found is not None:
            return found
    return None
try:
    with open(os.path.join(report, "data", "categories.json"), encoding="utf-8") as f:
        group = parent_of(json.load(f), None)
    if group is not None and group.get("uid"):
        route = "categories/%s/%s" % (group["uid"], uid)
except (OSError, ValueError):
    pass
print(uid, route)
PY
) || true

shot 01-overview ""
shot 02-overview-environment "" "expand=env&focus=$(urlencode '[data-id="environment"]')"
shot 03-categories "categories" "expand=tree&fit=1"
shot 04-behaviors "behaviors" "expand=tree&fit=1"
if [[ -n $FAILED_UID ]]; then
  shot 05-failed-test "$FAILED_ROUTE" "fit=1"
  [[ $FAILED_ROUTE == testresult/* ]] || shot 06-failed-test-alone "testresult/$FAILED_UID" "fit=1"
else
  echo "report-screenshots: no failed test in the report; no test page taken" >&2
fi

if ((FAILED)); then
  echo "report-screenshots: some views could not be taken; chromium said:" >&2
  grep -v '^\s*$' "$WORK/chromium.log" | tail -n 20 >&2 || true
  exit 1
fi
