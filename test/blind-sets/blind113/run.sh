#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   review the set from the tree with a fresh store, then score it
set -euo pipefail
TREE="$(cd "${1:?usage: run.sh <tree> <outdir>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "${2:?outdir}"; OUT="$(cd "$2" && pwd)"
rm -f "$OUT/store.db"*
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson")
node "$SET/score.js" "$SET" "$OUT"
