#!/bin/sh
# usage: ./run.sh <tree> <outdir>   — review the set with the tree's CLI into a fresh store, then score it
set -e
SET="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "$1" && pwd)"
mkdir -p "$2"
OUTD="$(cd "$2" && pwd)"
rm -f "$OUTD/store.db" "$OUTD/store.db-wal" "$OUTD/store.db-shm"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUTD/store.db" --workers 1 > "$OUTD/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUTD"
