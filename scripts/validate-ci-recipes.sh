#!/usr/bin/env bash
# Validates the CI recipes in examples/ci/ with validators fetched from the npm registry:
#   GitHub Actions: action-validator (@action-validator/cli), the workflow schema check GitHub users run.
#   GitLab CI:      GitLab's own CI JSON schema (ci.json, as shipped by the gitlab-ci-local package),
#                   checked with ajv-cli, then the job checks that GitLab's linter makes and the schema
#                   cannot (every job has script:/run:/trigger:, needs: and stage: name what exists).
#
# Usage: scripts/validate-ci-recipes.sh [GITHUB_WORKFLOW [GITLAB_CI_FILE]]
#   (defaults: examples/ci/github-actions.yml examples/ci/gitlab-ci.yml; paths are relative to the repo root)
# Prints one line per file (valid / INVALID, then the validator's findings indented).
# Exit: 0 both valid; 1 a file is invalid (named on stderr); 2 a validator could not be obtained.
# Tools and their npm cache go to ${CI_VALIDATORS_DIR:-${TMPDIR:-/tmp}/ci-validators}, never into the repo.
# Needs node and npm; the first run downloads about 2 MB, later runs reuse the folder.
set -euo pipefail

ACTION_VALIDATOR_VERSION=0.6.0
# 4.65.1 is the newest gitlab-ci-local release that ships GitLab's schema as a file of its own
# (src/schema/schema.js, the upstream ci.json unchanged); later releases bundle it into dist/index.js.
GITLAB_CI_LOCAL_VERSION=4.65.1
AJV_VERSION=8.20.0
AJV_CLI_VERSION=5.0.0
AJV_FORMATS_VERSION=3.0.1

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
github_file=${1:-examples/ci/github-actions.yml}
gitlab_file=${2:-examples/ci/gitlab-ci.yml}

tools=${CI_VALIDATORS_DIR:-${TMPDIR:-/tmp}/ci-validators}
mkdir -p "$tools"
tools=$(cd "$tools" && pwd)
export npm_config_cache="$tools/npm-cache" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

die() { echo "validate-ci-recipes: $*" >&2; exit 2; }
for tool in node npm npx; do command -v "$tool" >/dev/null || die "$tool is needed (node and npm)"; done

# --- Tools -----------------------------------------------------------------------------------------
action_validator=(npx --yes "@action-validator/cli@$ACTION_VALIDATOR_VERSION")
"${action_validator[@]}" --help >/dev/null 2>"$tools/npx.log" ||
  die "could not obtain @action-validator/cli@$ACTION_VALIDATOR_VERSION (see $tools/npx.log)"

node_dir="$tools/node"
installed_version() { node -p "require('$node_dir/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ $(installed_version ajv-cli) != "$AJV_CLI_VERSION" || $(installed_version ajv) != "$AJV_VERSION" ||
      $(installed_version ajv-formats) != "$AJV_FORMATS_VERSION" ]]; then
  npm install --prefix "$node_dir" --loglevel=error \
      "ajv@$AJV_VERSION" "ajv-cli@$AJV_CLI_VERSION" "ajv-formats@$AJV_FORMATS_VERSION" >"$tools/npm-install.log" 2>&1 ||
    die "could not install ajv-cli (see $tools/npm-install.log)"
fi

schema="$tools/gitlab-ci-schema-from-gitlab-ci-local-$GITLAB_CI_LOCAL_VERSION.json"
if [[ ! -s $schema ]]; then
  pack=$(mktemp -d "$tools/pack.XXXXXX")
  npm pack --silent --pack-destination "$pack" "gitlab-ci-local@$GITLAB_CI_LOCAL_VERSION" >"$tools/npm-pack.log" 2>&1 ||
    die "could not fetch gitlab-ci-local@$GITLAB_CI_LOCAL_VERSION (see $tools/npm-pack.log)"
  tar -xzf "$pack/gitlab-ci-local-$GITLAB_CI_LOCAL_VERSION.tgz" -C "$pack" package/src/schema/schema.js ||
    die "gitlab-ci-local@$GITLAB_CI_LOCAL_VERSION has no src/schema/schema.js"
  mv "$pack/package/src/schema/schema.js" "$pack/schema.mjs"
  # shellcheck disable=SC2016  # JavaScript, not shell
  node --input-type=module -e '
    import { writeFileSync } from "node:fs";
    import { pathToFileURL } from "node:url";
    const { schema } = await import(pathToFileURL(process.argv[1]).href);
    if (schema?.$id !== "https://gitlab.com/.gitlab-ci.yml") throw new Error("not GitLab CI schema: $id " + schema?.$id);
    writeFileSync(process.argv[2], JSON.stringify(schema, null, 1));
  ' "$pack/schema.mjs" "$schema.tmp" || die "could not read GitLab's schema out of gitlab-ci-local@$GITLAB_CI_LOCAL_VERSION"
  mv "$schema.tmp" "$schema"
  rm -rf "$pack"
fi

# The checks GitLab's linter makes beyond the schema (the schema lets a job without script: through).
job_checks="$tools/gitlab-job-checks.cjs"
cat >"$job_checks.$$" <<'JS'
const fs = require("fs");
const path = require("path");
const [nodeDir, file] = process.argv.slice(2);
const yaml = require(require.resolve("js-yaml", { paths: [path.join(nodeDir, "node_modules/ajv-cli")] }));
const doc = yaml.safeLoad(fs.readFileSync(file, "utf8")) || {};
const keywords = new Set(["default", "include", "stages", "variables", "workflow", "spec",
  "image", "services", "cache", "before_script", "after_script", "types"]);
const jobs = Object.keys(doc).filter((k) => !keywords.has(k) && !k.startsWith("."));
const stages = [".pre", ...(doc.stages || doc.types || ["build", "test", "deploy"]), ".post"];
const hasIncludes = doc.include !== undefined;
const errors = [];
// A job's own keys merged over those of the jobs it extends (only those in this file can be seen).
const resolved = (name, seen = new Set()) => {
  const job = doc[name];
  if (!job || typeof job !== "object" || seen.has(name)) return { job: job || {}, complete: !!job };
  seen.add(name);
  let merged = {}, complete = true;
  for (const parent of [].concat(job.extends || [])) {
    const r = resolved(parent, seen);
    complete = complete && r.complete && doc[parent] !== undefined;
    merged = { ...merged, ...r.job };
  }
  return { job: { ...merged, ...job }, complete };
};
for (const name of jobs) {
  const { job, complete } = resolved(name);
  if (!job || typeof job !== "object" || Array.isArray(job)) { errors.push(`jobs:${name} config should be a hash`); continue; }
  if (complete && !["script", "run", "trigger"].some((k) => job[k] !== undefined))
    errors.push(`jobs:${name} config should implement the script:, run:, or trigger: keyword`);
  const stage = job.stage || "test";
  if (!stages.includes(stage)) errors.push(`jobs:${name} chosen stage ${stage} does not exist; available stages are ${stages.join(", ")}`);
  for (const need of [].concat(job.needs || [])) {
    const needed = typeof need === "string" ? need : need && need.job;
    if (!needed || need.optional || need.pipeline || need.project || hasIncludes) continue;
    if (!jobs.includes(needed)) { errors.push(`jobs:${name} needs job ${needed}, which is not defined`); continue; }
    const neededStage = resolved(needed).job.stage || "test";
    if (stages.indexOf(neededStage) > stages.indexOf(stage))
      errors.push(`jobs:${name} needs job ${needed}, which is in a later stage (${neededStage})`);
  }
}
if (jobs.length === 0) errors.push("no job is defined");
for (const e of errors) console.error(e);
process.exit(errors.length ? 1 : 0);
JS
mv "$job_checks.$$" "$job_checks"

# --- Validation --------------------------------------------------------------------------------------
invalid=()
report() { # file, tool description, exit code, output
  if [[ $3 -eq 0 ]]; then
    echo "$1: valid ($2)"
  else
    echo "$1: INVALID ($2)"
    while IFS= read -r line; do echo "    $line"; done <<<"$4"
    invalid+=("$1")
  fi
}

data_dir=$(mktemp -d "$tools/data.XXXXXX")
trap 'rm -rf "$data_dir"' EXIT

# action-validator reads a file whose name ends in action.yml/action.yaml as an action's metadata, and
# ajv-cli picks its parser by the extension: each validator gets its own copy under a fixed name.
if [[ ! -f $github_file ]]; then
  report "$github_file" "file not found" 1 ""
else
  cp "$github_file" "$data_dir/workflow.yml"
  rc=0; out=$("${action_validator[@]}" "$data_dir/workflow.yml" 2>&1) || rc=$?
  report "$github_file" "action-validator $ACTION_VALIDATOR_VERSION" "$rc" "$out"
fi

if [[ ! -f $gitlab_file ]]; then
  report "$gitlab_file" "file not found" 1 ""
else
  data="$data_dir/gitlab-ci.yml"
  cp "$gitlab_file" "$data"
  rc=0; out=$(node "$node_dir/node_modules/ajv-cli/dist/index.js" validate --spec=draft7 --strict=false \
      -c ajv-formats --all-errors --errors=text -s "$schema" -d "$data" 2>&1) || rc=$?
  out="schema: ${out//"$data"/"$gitlab_file"}"
  jrc=0; jout=$(node "$job_checks" "$node_dir" "$data" 2>&1) || jrc=$?
  (( jrc == 0 )) || { rc=$(( rc ? rc : jrc )); out+=$'\n'"job checks:"$'\n'"$jout"; }
  report "$gitlab_file" "GitLab CI schema from gitlab-ci-local $GITLAB_CI_LOCAL_VERSION, ajv-cli $AJV_CLI_VERSION; job checks" "$rc" "$out"
fi

if (( ${#invalid[@]} )); then
  echo "validate-ci-recipes: invalid: ${invalid[*]}" >&2
  exit 1
fi
