#!/bin/sh
# usage: ./build.sh <tree>   pass 1 (no reported groups) -> group with the tree's grouper -> pass 2 (reportedGroup.drg as grouped)
set -e
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
TMP="$HERE/.pass1"; rm -rf "$TMP"; mkdir -p "$TMP"
node "$HERE/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules) > "$TMP/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
