#!/usr/bin/env bash
# npm run verify:blind — every blind set against this tree's build; prints each set's overall figures
# (full tables and misses.txt in the output folder named).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for dir in "$here"/blind*/; do
  name=$(basename "$dir"); out=$(mktemp -d "/tmp/$name-XXXX")
  "$here/run-set.sh" "$name" "$out" > "$out/score.txt"
  echo "== $name (tables and misses in $out)"
  sed -n '1,/AUC/p' "$out/score.txt"
done
