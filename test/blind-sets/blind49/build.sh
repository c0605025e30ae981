#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (no reported groups) -> group with the tree's grouper -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "$1" && pwd)"
node "$HERE/make-cases.js" "$HERE/pass1" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$HERE/pass1/claims.ndjson" --rules rules) > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
