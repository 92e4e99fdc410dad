#!/usr/bin/env bash
# The sequential Newman baseline of issue 13: the @documented checks of features/get_model, one request
# after another. Usage: MARQTUNE_API_KEY=... scripts/newman-baseline.sh BASE_URL
# Optional: MARQTUNE_MODEL_ID (R1, R4), MARQTUNE_SERVER_ERROR_MODEL_ID (R6); defaults are the simulator's.
# Exit 0 when every assertion holds, 1 when one fails, 2 when the run cannot start.
set -euo pipefail

readonly NEWMAN_VERSION=6.2.2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
newman_dir=$root/target/newman

if [[ $# -ne 1 || -z ${MARQTUNE_API_KEY:-} ]]; then
  echo "usage: MARQTUNE_API_KEY=... $0 BASE_URL" >&2
  exit 2
fi
base_url=$1
export MARQTUNE_MODEL_ID=${MARQTUNE_MODEL_ID:-3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01}
export MARQTUNE_SERVER_ERROR_MODEL_ID=${MARQTUNE_SERVER_ERROR_MODEL_ID:-5e7d0000-dead-4bad-8bad-000000000500}

# Pinned and local to this clone: never a global install, and installed once (not timed by later runs).
if ! grep -qs "\"version\": \"$NEWMAN_VERSION\"" "$newman_dir/node_modules/newman/package.json"; then
  mkdir -p "$newman_dir"
  npm install --prefix "$newman_dir" --no-audit --no-fund --loglevel=error "newman@$NEWMAN_VERSION" >/dev/null
fi

# The keys reach Newman through the environment, not through its command line (ps would show them).
exec node "$root/baseline/newman/run-collection.js" "$newman_dir" \
  "$root/baseline/newman/get-model-documented.postman_collection.json" "$root/schemas" "$base_url"
