#!/usr/bin/env bash
# usage: ./build.sh <tree>   (e.g. /work/wt/base112): pass 1 of make-cases, the tree's grouper, pass 2 with the groups
set -euo pipefail
SET="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
TMP="$(mktemp -d)"
node "$SET/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
