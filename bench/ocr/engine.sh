#!/usr/bin/env bash
# Whole-run time of `sohoa ocr` against the raw engine (not a test): the same PNG pages, 2 jobs,
# OMP_THREAD_LIMIT=1, in one invocation:
#   raw tesseract CLI one page after another (its sum / 2 is the ideal 2-core engine time),
#   raw tesseract CLI two at a time (xargs -P 2), and
#   sohoa ocr --jobs 2 (decode, OCR, quality gate, PDF/A assembly).
# ROUNDS repeats the three in turn, so the machine's load falls on each alike. REPEAT=N takes the
# pages N times over (a longer document: the JVM's start and compiling are paid once per run, the raw
# CLI's start once per page).
#   [ROUNDS=2] [REPEAT=1] bench/ocr/engine.sh [PAGE.png...]
# Default pages: scans-dev clean/p000-p002 and degraded/p000-p002, the six full text pages (p003 of
# each set is a nearly empty page that takes the raw CLI minutes on its paper grain; see README).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
C="$ROOT/../shared/corpus/scans-dev"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
export OMP_THREAD_LIMIT=1
ROUNDS="${ROUNDS:-2}"
if [ $# -gt 0 ]; then pages=("$@"); else pages=("$C"/clean/p00[012].png "$C"/degraded/p00[012].png); fi
one=("${pages[@]}")
for _ in $(seq 2 "${REPEAT:-1}"); do pages+=("${one[@]}"); done
"$ROOT/sohoa" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
for r in $(seq 1 "$ROUNDS"); do
  t0=$(now)
  i=0; for p in "${pages[@]}"; do tesseract "$p" "$work/seq-$i" -l vie >/dev/null 2>&1; i=$((i+1)); done
  t1=$(now)
  i=0; for p in "${pages[@]}"; do echo "$p $work/par-$i"; i=$((i+1)); done | xargs -P 2 -n 2 sh -c 'tesseract "$0" "$1" -l vie >/dev/null 2>&1'
  t2=$(now)
  "$ROOT/sohoa" ocr "${pages[@]}" -o "$work/sohoa.pdf" --lang vie --jobs 2 >/dev/null
  t3=$(now)
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v n="${#pages[@]}" -v r="$r" 'BEGIN {
    seq = b - a; par = c - b; so = d - c; ideal = seq / 2;
    printf "round %d, %d pages: raw sequential %.1f s (ideal 2-core %.1f s), raw 2 at a time %.1f s, sohoa ocr %.1f s = %.2f x ideal, %.2f x raw 2 at a time\n", r, n, seq, ideal, par, so, so / ideal, so / par }'
done
