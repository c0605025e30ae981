#!/usr/bin/env bash
# Build claims.ndjson/labels.json. reportedGroup is each hospital's grouper result for its coded record:
# pass 1 writes the claims, the tree's `group` command computes the groups once into groups.json,
# pass 2 writes them into reportedGroup.drg (claimIds are deterministic). usage: build.sh <tree>
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "$1" && pwd)"
rm -f "$HERE/groups.json"
node "$HERE/make-cases.js"
(cd "$TREE" && node dist/src/cli.js group "$HERE/claims.ndjson") | node -e '
const g={};require("readline").createInterface({input:process.stdin}).on("line",l=>{const x=JSON.parse(l);const d=x.grouping&&x.grouping.drg;if(x.grouping&&x.grouping.status!=="ungroupable"&&d)g[x.claimId]=d}).on("close",()=>require("fs").writeFileSync(process.argv[1],JSON.stringify(g)))' "$HERE/groups.json"
node "$HERE/make-cases.js"
