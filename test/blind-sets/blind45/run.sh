#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   review claims.ndjson with the tree's CLI (fresh store), then score
set -euo pipefail
TREE=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"; OUTDIR=$(cd "$2" && pwd)
rm -f "$OUTDIR/store.db" "$OUTDIR/store.db-wal" "$OUTDIR/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$HERE/claims.ndjson" --store "$OUTDIR/store.db" --workers 1 > "$OUTDIR/verdicts.ndjson")
node "$HERE/../score.js" "$HERE" "$OUTDIR"
