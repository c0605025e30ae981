#!/bin/sh
# usage: ./build.sh <tree>   pass 1 (claims without reported groups) → <tree>'s `group` on the inpatient claims → pass 2 (reportedGroup.drg as grouped)
set -e
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HERE/pass1"
node "$HERE/make-cases.js" "$HERE/pass1" --catalogue "$TREE/rules/catalogue"
(cd "$TREE" && node dist/src/cli.js group "$HERE/pass1/inpatient.ndjson") > "$HERE/pass1/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/pass1/groups.ndjson"
rm -f "$HERE/inpatient.ndjson"
