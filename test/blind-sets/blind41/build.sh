#!/bin/sh
# usage: build.sh <tree>   two-pass build: claims, then the hospital's own DRG (group command of <tree>) into reportedGroup.drg
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=$(cd "${1:-/work/wt/base42}" && pwd)
node "$HERE/make-cases.js" "$HERE"
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson") > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" "$HERE/groups.ndjson"
echo "built: $(wc -l < "$HERE/claims.ndjson") claims"
