#!/bin/bash
# usage: ./run.sh <tree> <outdir>   (fresh store; verdicts, then the team's scorer)
set -euo pipefail
TREE=$(cd "${1:?usage: ./run.sh <tree> <outdir>}" && pwd); SET=$(cd "$(dirname "$0")" && pwd)
OUT=${2:?outdir}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
rm -f "$OUT/store.db"
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
