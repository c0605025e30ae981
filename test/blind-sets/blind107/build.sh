#!/bin/sh
# usage: ./build.sh <tree>   — pass 1 of make-cases, the tree's grouper on the coded records, pass 2 with the reported groups
set -e
TREE=$(cd "$1" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
node "$SET/make-cases.js" "$TMP/pass1"
(cd "$TREE" && node dist/src/cli.js group "$TMP/pass1/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
