#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   review the set with the tree's CLI into a fresh store, then score it
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 <tree> <outdir>" >&2; exit 2; }
TREE=$(cd "$1" && pwd)
SET=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"; OUT=$(cd "$2" && pwd)
rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
