#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 → the tree's grouper → pass 2 with --groups (reportedGroup.drg = the frozen grouper's group)
set -euo pipefail
TREE=$(cd "$1" && pwd); SET=$(cd "$(dirname "$0")" && pwd); TMP=$(mktemp -d)
node "$SET/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
