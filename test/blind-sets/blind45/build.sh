#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (claims without reported DRG) -> group -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
TREE=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
node "$HERE/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson") > "$TMP/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
cp "$TMP/groups.ndjson" "$HERE/groups.pass1.ndjson"
rm -rf "$TMP"
