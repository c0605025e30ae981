#!/usr/bin/env bash
# npm run verify:regression — every blind set's rules-only count against its recorded floor and ceiling
# (regression.test.ts), from this tree's build: count.js in two processes (one per core), ~2 minutes on two idle
# cores. CI runs it after `npm test`, whose jest run covers only the newest sets (regression.test.ts says why).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d /tmp/verify-regression-XXXX)
node "$here/count.js" all --shard=1/2 > "$out/1.txt" 2>&1 & one=$!
node "$here/count.js" all --shard=2/2 > "$out/2.txt" 2>&1 & two=$!
wait $one; rc1=$?; wait $two; rc2=$?
cat "$out/1.txt" "$out/2.txt" | sort -V
sets=$(grep -c ' caught ' "$out/1.txt" "$out/2.txt" | awk -F: '{ n += $2 } END { print n }')
echo "== $sets sets counted; $( [ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && echo 'all within their recorded figures' || echo 'FAILED: a set is outside its recorded figures (marked <--) or a count failed')"
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]
