#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (claims without reported groups) → <tree> group → pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "${1:?tree}" && pwd)"
TMP="$(mktemp -d)"
node "$HERE/make-cases.js" "$TMP/p1" --catalogue "$TREE/rules/catalogue"
grep '"visitType":"inpatient"' "$TMP/p1/claims.ndjson" > "$TMP/inpatient.ndjson"
( cd "$TREE" && node dist/src/cli.js group "$TMP/inpatient.ndjson" ) \
  | node -e 'let b="";process.stdin.on("data",d=>b+=d).on("end",()=>{for(const l of b.split("\n")){if(!l.trim())continue;const g=JSON.parse(l);console.log(JSON.stringify({claimId:g.claimId,drg:g.grouping&&g.grouping.drg}))}})' > "$TMP/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
cp "$TMP/groups.ndjson" "$HERE/groups.ndjson"
rm -rf "$TMP"
echo "built $(wc -l < "$HERE/claims.ndjson") claims" >&2
