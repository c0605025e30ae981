#!/usr/bin/env bash
# build.sh <tree>: pass 1 writes claims, <tree>'s grouper computes each inpatient claim's DRG, pass 2 writes it as reportedGroup.drg
set -euo pipefail
TREE=$(cd "${1:?tree}" && pwd)
DIR=$(cd "$(dirname "$0")" && pwd)
rm -f "$DIR/groups.json"
node "$DIR/make-cases.js"
(cd "$TREE" && node dist/src/cli.js group "$DIR/claims.ndjson") > "$DIR/groups.ndjson"
node -e '
const fs=require("fs");const g={};
for(const l of fs.readFileSync(process.argv[1],"utf8").split("\n")){ if(!l.trim())continue; const o=JSON.parse(l); const d=o.grouping&&o.grouping.drg; if(d&&o.claimId) g[o.claimId]=d; }
fs.writeFileSync(process.argv[2],JSON.stringify(g));' "$DIR/groups.ndjson" "$DIR/groups.json"
node "$DIR/make-cases.js"
