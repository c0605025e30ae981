#!/bin/bash
# build.sh <tree>: pass 1 writes claims, the tree's grouper computes each inpatient claim's DRG for the record
# as coded, pass 2 writes it into reportedGroup.drg (claimIds are deterministic).
set -e
TREE=$(cd "${1:-/work/wt/base37}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
node make-cases.js
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson" --rules "$TREE/rules") > "$HERE/groups.ndjson"
node make-cases.js --groups "$HERE/groups.ndjson"
