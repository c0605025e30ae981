#!/bin/sh
# usage: ./run.sh <tree> <outdir>   review claims.ndjson with the tree's CLI (one worker), then score
set -e
TREE=$(cd "$1" && pwd); HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"; OUTD=$(cd "$2" && pwd); rm -f "$OUTD/store.db"*
(cd "$TREE" && node dist/src/cli.js review "$HERE/claims.ndjson" --store "$OUTD/store.db" --workers 1 > "$OUTD/verdicts.ndjson")
node "$HERE/../score.js" "$HERE" "$OUTD"
