#!/bin/sh
# usage: ./run.sh <tree> <outdir>   review claims.ndjson with <tree>'s frozen build, then score
set -e
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"; OUT=$(cd "$2" && pwd)
rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$HERE/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$HERE/score.js" "$OUT"
