#!/usr/bin/env bash
# usage: ./build.sh <tree>   (e.g. /work/wt/base96): writes claims.ndjson and labels.json beside this script,
# each stay's reportedGroup.drg being what the tree's frozen grouper gives its coded record.
set -euo pipefail
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d /tmp/b101-build.XXXXXX)"
node "$SET/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
( cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules > "$TMP/groups.ndjson" )
node "$SET/make-cases.js" "$SET" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
rm -rf "$TMP"
