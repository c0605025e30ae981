#!/usr/bin/env bash
# usage: ./build.sh <tree>   (e.g. /work/wt/base102)
# pass 1 writes the claims; the tree's grouper groups each stay's coded record; pass 2 reports that group (as a 结算清单 would).
set -euo pipefail
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d /tmp/b102-build.XXXXXX)"
node "$SET/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules) > "$TMP/groups.ndjson"
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
