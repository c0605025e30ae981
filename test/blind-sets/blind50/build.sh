#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (no groups) -> <tree> group -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
TREE=$(cd "${1:?tree}" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
node "$HERE/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules) > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
rm -rf "$TMP"
