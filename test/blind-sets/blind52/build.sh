#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (no reported groups) -> frozen build's `group` -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd); TMP=$(mktemp -d)
node "$HERE/make-cases.js" "$TMP/p1" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/p1/claims.ndjson" > "$TMP/groups.ndjson")
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
