#!/bin/sh
# build.sh <tree>: pass 1 writes claims, <tree>'s `group` computes each claim's DRG, pass 2 writes it into reportedGroup.drg
set -e
TREE=${1:-/work/wt/base39}
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE" && node make-cases.js
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson") > "$HERE/groups.ndjson"
cd "$HERE" && node make-cases.js --groups groups.ndjson
