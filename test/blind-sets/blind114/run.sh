#!/bin/sh
# usage: ./run.sh <tree> <outdir>   (fresh store; review with one worker; score)
set -e
TREE=$(cd "${1:?usage: ./run.sh <tree> <outdir>}" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
mkdir -p "${2:?usage: ./run.sh <tree> <outdir>}"
OUT=$(cd "$2" && pwd)
rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
