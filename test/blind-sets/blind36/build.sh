#!/usr/bin/env bash
# build.sh <tree>: pass 1 writes the claims, <tree>'s group command computes each inpatient claim's DRG,
# pass 2 writes it into reportedGroup.drg (the hospital's own grouper on the record as coded). claimIds are deterministic.
set -euo pipefail
TREE="${1:?usage: build.sh <tree>}"
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE"
node make-cases.js --catalogue "$TREE/rules/catalogue"
node "$TREE/dist/src/cli.js" group claims.ndjson --rules "$TREE/rules" > groups.ndjson
node make-cases.js --catalogue "$TREE/rules/catalogue" --groups groups.ndjson
node -e 'const l=require("fs").readFileSync("claims.ndjson","utf8").trim().split("\n").map(JSON.parse).filter(c=>c.visitType==="inpatient");console.error("inpatient",l.length,"with reported drg",l.filter(c=>c.reportedGroup.drg).length)'
