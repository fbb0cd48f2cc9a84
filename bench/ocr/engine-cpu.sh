#!/usr/bin/env bash
# The engine limit by CPU time (not a test), for a machine other sessions load: wall-clock ratios
# there measure the neighbours, while CPU seconds (user + sys, children included) measure the work.
# The same PNG pages, OMP_THREAD_LIMIT=1, in one invocation: the raw tesseract CLI one page after
# another, and sohoa ocr --jobs 2. On an otherwise idle 2-core machine, a run that keeps both cores
# busy takes its CPU seconds / 2; the ideal is the raw engine's CPU seconds / 2.
#   [ROUNDS=2] bench/ocr/engine-cpu.sh [PAGE.png...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
C="$ROOT/../shared/corpus/scans-dev"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
export OMP_THREAD_LIMIT=1
ROUNDS="${ROUNDS:-2}"
if [ $# -gt 0 ]; then pages=("$@"); else pages=("$C"/clean/p00[012].png "$C"/degraded/p00[012].png); fi
"$ROOT/sohoa" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpu() { # command… -> "wall cpu"
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/t"
}
for r in $(seq 1 "$ROUNDS"); do
  raw_cpu=0; raw_wall=0
  i=0
  for p in "${pages[@]}"; do
    read -r w c < <(cpu tesseract "$p" "$work/seq-$i" -l vie)
    raw_cpu=$(echo "$raw_cpu + $c" | bc -l); raw_wall=$(echo "$raw_wall + $w" | bc -l); i=$((i+1))
  done
  read -r so_wall so_cpu < <(cpu "$ROOT/sohoa" ocr "${pages[@]}" -o "$work/sohoa.pdf" --lang vie --jobs 2)
  awk -v rc="$raw_cpu" -v rw="$raw_wall" -v sc="$so_cpu" -v sw="$so_wall" -v n="${#pages[@]}" -v r="$r" 'BEGIN {
    printf "round %d, %d pages: raw tesseract CPU %.1f s (wall %.1f s, ideal 2-core %.1f s), sohoa ocr CPU %.1f s (wall %.1f s) = %.2f x the raw CPU\n",
      r, n, rc, rw, rc / 2, sc, sw, sc / rc }'
done
