#!/bin/sh
# build.sh <tree>: pass 1 → the tree's group → pass 2 with reportedGroup.drg as grouped
set -e
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson" --rules rules) > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
