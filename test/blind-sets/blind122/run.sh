#!/bin/sh
# usage: ./run.sh <tree> <outdir>   — the shared run-set.sh (review into a fresh store, then the shared score.js)
set -e
SET=$(cd "$(dirname "$0")" && pwd)
exec bash "$SET/../run-set.sh" "$(basename "$SET")" "$2" "$1"
