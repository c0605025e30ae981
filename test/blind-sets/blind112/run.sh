#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>: review the set from the tree with a fresh store, then score it
set -euo pipefail
SET="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "${1:?usage: run.sh <tree> <outdir>}" && pwd)"
OUT="${2:?usage: run.sh <tree> <outdir>}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
rm -f "$OUT/store.db"*
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
