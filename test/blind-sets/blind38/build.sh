#!/bin/sh
# build.sh <tree>: pass 1 writes claims, <tree>'s group computes each stay's DRG, pass 2 writes it into reportedGroup.drg
set -e
TREE=${1:-/work/wt/base38}
cd "$(dirname "$0")"
node make-cases.js
node "$TREE/dist/src/cli.js" group claims.ndjson --rules "$TREE/rules" > groups.ndjson
node make-cases.js --groups groups.ndjson
