#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   review once (one worker), then score
set -euo pipefail
TREE="$(cd "${1:?usage: run.sh <tree> <outdir>}" && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "${2:?outdir}"; OUTDIR="$(cd "$2" && pwd)"
rm -f "$OUTDIR/store.db"*
( cd "$TREE" && node dist/src/cli.js review "$HERE/claims.ndjson" --store "$OUTDIR/store.db" --workers 1 > "$OUTDIR/verdicts.ndjson" )
node "$HERE/../score.js" "$HERE" "$OUTDIR"
