#!/usr/bin/env bash
# usage: ./build.sh <tree>   — pass 1 (no reported groups) → the tree's grouper → pass 2 (each stay reports its group)
set -euo pipefail
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d)"
node "$SET/make-cases.js" "$TMP/pass1"
(cd "$TREE" && node dist/src/cli.js group "$TMP/pass1/claims.ndjson" --rules rules) > "$TMP/groups.ndjson"
node "$SET/make-cases.js" "$SET" --groups "$TMP/groups.ndjson"
cp "$TMP/groups.ndjson" "$SET/groups.ndjson"
rm -rf "$TMP"
