#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   (fresh store; verdicts then score)
set -euo pipefail
SET="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "$1" && pwd)"; OUT="$2"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"; rm -f "$OUT/store.db"*
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/../score.js" "$SET" "$OUT"
