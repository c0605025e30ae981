#!/bin/sh
# usage: ./build.sh <tree>   (tree = frozen build, e.g. /work/wt/base43)
# pass 1 writes the claims, the tree's `group` computes each claim's DRG as coded, pass 2 writes reportedGroup.drg.
set -e
TREE=$(cd "${1:-/work/wt/base43}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson") > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
