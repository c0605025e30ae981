#!/bin/sh
# usage: ./build.sh <tree>   pass 1 → frozen grouper → pass 2 with --groups; keeps claims.ndjson.gz and groups.ndjson.gz
set -e
TREE=$(cd "$1" && pwd); SET=$(cd "$(dirname "$0")" && pwd); TMP=$(mktemp -d)
node "$SET/make-cases.js" "$TMP"
(cd "$TREE" && node dist/src/cli.js group "$TMP/claims.ndjson" --rules rules) > "$TMP/groups.ndjson"
node -e 'const fs=require("fs");const o=fs.readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean).map(l=>{const g=JSON.parse(l);return JSON.stringify({claimId:g.claimId,drg:g.grouping&&g.grouping.drg||null})});fs.writeFileSync(process.argv[2],o.join("\n")+"\n")' "$TMP/groups.ndjson" "$SET/groups.ndjson"
node "$SET/make-cases.js" "$SET" --groups "$SET/groups.ndjson"
rm -rf "$TMP"
gzip -nf "$SET/claims.ndjson"; gzip -nf "$SET/groups.ndjson"
