#!/bin/sh
# usage: ./build.sh <tree>   (pass 1 → the tree's grouper → pass 2 with each stay's reported DRG)
set -e
TREE=$(cd "${1:?usage: ./build.sh <tree>}" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
node "$SET/make-cases.js" "$TMP"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
