#!/usr/bin/env bash
# usage: ./build.sh <tree>   pass 1 (claims without reported groups) -> frozen build's `group` -> pass 2
set -euo pipefail
TREE="$(cd "${1:?tree}" && pwd)"; HERE="$(cd "$(dirname "$0")" && pwd)"
TMP="$HERE/.build"; rm -rf "$TMP"; mkdir -p "$TMP"
node "$HERE/make-cases.js" "$TMP/pass1" --catalogue "$TREE/rules/catalogue"
grep '"visitType":"inpatient"' "$TMP/pass1/claims.ndjson" > "$TMP/inpatient.ndjson" || true
(cd "$TREE" && node dist/src/cli.js group "$TMP/inpatient.ndjson" --rules "$TREE/rules") > "$TMP/groups.ndjson"
node "$HERE/make-cases.js" "$HERE" --catalogue "$TREE/rules/catalogue" --groups "$TMP/groups.ndjson"
echo "built $(wc -l < "$HERE/claims.ndjson") claims"
