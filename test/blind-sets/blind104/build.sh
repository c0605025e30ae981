#!/usr/bin/env bash
# usage: ./build.sh <tree>   (pass 1 → the tree's grouper → pass 2 with --groups; writes claims.ndjson and labels.json here)
set -euo pipefail
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d /tmp/b104-build.XXXXXX)"
node "$SET/make-cases.js" "$TMP/pass1" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/pass1/claims.ndjson" --rules rules > "$TMP/groups.ndjson")
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
