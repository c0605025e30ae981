#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (no reported groups) -> <tree> group -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "$1" && pwd)"
TMP="$HERE/.pass1"; mkdir -p "$TMP"
node "$HERE/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
( cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules "$TREE/rules" ) > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
rm -rf "$TMP"
