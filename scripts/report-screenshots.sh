#!/usr/bin/env bash
# Takes PNG screenshots of the single-file Allure report with headless Chromium, opened from file:// as a person
# opens it from a CI artifact: the check of the report a person makes, on a machine without a display.
#
#   scripts/report-screenshots.sh [REPORT_FILE] [OUT_DIR]
#
# REPORT_FILE defaults to target/allure-report/index.html (mvn allure:report), OUT_DIR to target/report-screenshots.
# Prints the path of every PNG it writes. Views: the overview as first seen; the categories, every node open; and,
# when the run has a failed test, the first one's page with its failed step, its details and its attachments open
# (clicked open by a script added to a copy of the report: the report itself is not changed).
#
# Needs chromium (Debian: apt-get install chromium) and python3. Exit codes: 0 written, 1 a view could not be
# taken, 2 a missing tool or report. Environment: CHROMIUM (binary), SHOT_WIDTH (1600), SHOT_HEIGHT (1200, the
# overview), SHOT_TALL (3200, the other views), SHOT_BUDGET_MS (virtual time per load, 20000).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPORT=${1:-$ROOT/target/allure-report/index.html}
OUT_DIR=${2:-$ROOT/target/report-screenshots}
WIDTH=${SHOT_WIDTH:-1600}
HEIGHT=${SHOT_HEIGHT:-1200}
TALL=${SHOT_TALL:-3200}
BUDGET=${SHOT_BUDGET_MS:-20000}

CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[[ -n $CHROMIUM ]] || { echo "report-screenshots: chromium not found; install it: apt-get install chromium" >&2; exit 2; }
command -v python3 >/dev/null || { echo "report-screenshots: python3 not found" >&2; exit 2; }
[[ -f $REPORT ]] || { echo "report-screenshots: no report at $REPORT (build one with: mvn allure:report)" >&2; exit 2; }
REPORT=$(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")   # file:// needs an absolute path

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT_DIR"

# a copy of the report that clicks open what a reader opens: the tree's nodes, the failed steps, their details and
# attachments; and the uid of the first failed test, read from the data the single file carries
FAILED=$(python3 - "$REPORT" "$WORK/index.html" <<'PY'
import base64, json, re, sys
report = open(sys.argv[1], encoding="utf-8").read()
opener = """
<script>
setTimeout(function () {
  document.querySelectorAll('.node__title').forEach(function (node) { node.click(); });
  document.querySelectorAll('.step').forEach(function (step) {
    var failed = step.querySelector(':scope > .step__title .text_status_failed');
    var title = step.querySelector(':scope > .step__title_hasContent');
    if (failed && title && !step.classList.contains('step_expanded')) { title.click(); }
  });
  setTimeout(function () {
    document.querySelectorAll('.status-details__trace-toggle').forEach(function (t) { t.click(); });
    document.querySelectorAll('.step_expanded .attachment-row__name').forEach(function (a) { a.click(); });
  }, 1500);
}, 3000);
</script>"""
open(sys.argv[2], "w", encoding="utf-8").write(report.replace("</body>", opener + "</body>"))
for uid, data in re.findall(r"d\('data/test-cases/([0-9a-f]+)\.json','([^']+)'\)", report):
    case = json.loads(base64.b64decode(data))
    if case.get("status") == "failed" and case.get("labels") and not case["name"].startswith("Get Model conformance:"):
        print(uid)
        break
PY
)

shot() { # NAME FILE ROUTE HEIGHT
  local png=$OUT_DIR/$1.png
  rm -f "$png"
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/profile-$1" --window-size="$WIDTH,$4" \
    --virtual-time-budget="$BUDGET" --screenshot="$png" "file://$2#$3" >"$WORK/chromium-$1.log" 2>&1 || true
  [[ -s $png ]] || { echo "report-screenshots: no screenshot of $1:" >&2; tail -5 "$WORK/chromium-$1.log" >&2; return 1; }
  echo "$png"
}

failures=0
shot overview "$REPORT" "" "$HEIGHT" || failures=$((failures + 1))
shot categories "$WORK/index.html" categories "$TALL" || failures=$((failures + 1))
if [[ -n $FAILED ]]; then
  shot failed-test "$WORK/index.html" "testresult/$FAILED" "$TALL" || failures=$((failures + 1))
fi
[[ $failures -eq 0 ]] || exit 1
