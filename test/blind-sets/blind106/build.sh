#!/bin/sh
# usage: ./build.sh <tree>   — pass 1 of make-cases, the tree's grouper on the coded records, pass 2 with the groups
# (the claims are written on the frozen catalogue, make-cases.js's default; only reportedGroup.drg comes from the tree)
set -e
SET="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "$1" && pwd)"
TMP="$(mktemp -d /tmp/b106-build.XXXXXX)"
node "$SET/make-cases.js" "$TMP"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules) > "$TMP/groups.ndjson"
node "$SET/make-cases.js" "$SET" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
