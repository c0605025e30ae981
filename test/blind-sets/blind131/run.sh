#!/bin/sh
# usage: ./run.sh <tree> <outdir>
set -e
TREE=$(cd "$1" && pwd); SET=$(cd "$(dirname "$0")" && pwd); mkdir -p "$2"; OUT=$(cd "$2" && pwd)
rm -f "$OUT/store.db"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/../score.js" "$SET" "$OUT"
