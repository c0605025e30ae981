#!/usr/bin/env bash
# usage: ./build.sh <tree>   (writes claims.ndjson and labels.json beside this script)
set -euo pipefail
SET="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "$1" && pwd)"
TMP="$(mktemp -d /tmp/b103-build.XXXXXX)"
node "$SET/make-cases.js" "$TMP/p1" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/p1/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
