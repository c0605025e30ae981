#!/usr/bin/env bash
# usage: ./run.sh <tree> <outdir>   (fresh store, one worker; then the team's scorer)
set -euo pipefail
TREE="$(cd "${1:?usage: run.sh <tree> <outdir>}" && pwd)"
SET="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "${2:?outdir}"; OUTD="$(cd "$2" && pwd)"
rm -f "$OUTD/store.db"*
(cd "$TREE" && node dist/src/cli.js review "$SET/claims.ndjson" --store "$OUTD/store.db" --workers 1 > "$OUTD/verdicts.ndjson")
node "$SET/../score.js" "$SET" "$OUTD"
