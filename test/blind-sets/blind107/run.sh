#!/bin/sh
# usage: ./run.sh <tree> <outdir>   — review the set from the tree with a fresh store, then score it
set -e
TREE=$(cd "$1" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
