#!/usr/bin/env bash
# usage: ./build.sh <tree>   (e.g. /work/wt/base105)
# pass 1 of make-cases → the tree's grouper on the coded stays → pass 2 with --groups, so each stay's
# reportedGroup.drg is what that grouper gives its coded record (as a hospital's 结算清单 reports it).
# The claims themselves come from the frozen base105 catalogue (make-cases default), whatever the tree.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 <tree>" >&2; exit 2; }
TREE=$(cd "$1" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
node "$SET/make-cases.js" "$SET"
(cd "$TREE" && node dist/src/cli.js group "$SET/claims.ndjson" --rules rules) > "$SET/groups.ndjson"
node "$SET/make-cases.js" "$SET" --groups "$SET/groups.ndjson"
