#!/usr/bin/env bash
# usage: test/blind-sets/run-set.sh <set> <outdir> [tree]
# Reviews a blind set's claims with a tree's build (default: this repository) into a fresh store, then scores them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
set_dir="$here/$1"; tree=$(cd "${3:-$here/../..}" && pwd)
mkdir -p "$2"; out=$(cd "$2" && pwd)
rm -f "$out/store.db" "$out/store.db-wal" "$out/store.db-shm"
# The claims are kept compressed; peek.js reads them beside labels.json.
[ -f "$set_dir/claims.ndjson" ] || gunzip -c "$set_dir/claims.ndjson.gz" > "$set_dir/claims.ndjson"
(cd "$tree" && node dist/src/cli.js review "$set_dir/claims.ndjson" --store "$out/store.db" --workers 1 > "$out/verdicts.ndjson")
# A provider set (patterns.period in its directory: "<from> <to>") also gets the provider patterns over its period,
# as `yibao-review patterns` and the scheduled run report them; score.js then prints their table too.
rm -f "$out/patterns.json"
if [ -f "$set_dir/patterns.period" ]; then
  read -r from to < "$set_dir/patterns.period"
  (cd "$tree" && node dist/src/cli.js patterns --from "$from" --to "$to" --store "$out/store.db" --json > "$out/patterns.json")
fi
# blind32–blind41 keep their own score.js; from blind42 on, the sets share score.js here.
if [ -f "$set_dir/score.js" ]; then node "$set_dir/score.js" "$out"; else node "$here/score.js" "$set_dir" "$out"; fi
