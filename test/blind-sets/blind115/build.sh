#!/bin/sh
# usage: ./build.sh <tree>   (writes claims.ndjson and labels.json beside this script)
set -e
SET=$(cd "$(dirname "$0")" && pwd); TREE=$(cd "$1" && pwd)
TMP=$(mktemp -d)
node "$SET/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
