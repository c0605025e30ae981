#!/bin/sh
# usage: ./run.sh <tree> <outdir>   (the shared score.js; test/blind-sets/run-set.sh does the same)
set -e
TREE=$(cd "$1" && pwd); SET=$(cd "$(dirname "$0")" && pwd); mkdir -p "$2"; OUT=$(cd "$2" && pwd)
[ -f "$SET/claims.ndjson" ] || gunzip -c "$SET/claims.ndjson.gz" > "$SET/claims.ndjson"
rm -f "$OUT/store.db"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/../score.js" "$SET" "$OUT"
