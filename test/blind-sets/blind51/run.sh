#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; TREE="$(cd "${1:?tree}" && pwd)"
mkdir -p "${2:?outdir}"; OUT="$(cd "$2" && pwd)"
rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm"
( cd "$TREE" && node dist/src/cli.js review "$HERE/claims.ndjson" --store "$OUT/store.db" --workers 1 > "$OUT/verdicts.ndjson" )
node "$HERE/../score.js" "$HERE" "$OUT"
