#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (no groups) -> <tree> group -> pass 2 (reportedGroup.drg as grouped)
set -euo pipefail
TREE="$(cd "${1:?usage: build.sh <tree>}" && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d)"
node "$HERE/make-cases.js" "$TMP" --catalogue "$TREE/rules/catalogue"
grep '"visitType":"inpatient"' "$TMP/claims.ndjson" > "$TMP/inpatient.ndjson" || true
( cd "$TREE" && node dist/src/cli.js group "$TMP/inpatient.ndjson" ) > "$HERE/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$HERE/groups.ndjson"
rm -rf "$TMP"
echo "claims: $(wc -l < "$HERE/claims.ndjson"), inpatient grouped: $(wc -l < "$HERE/groups.ndjson")"
