#!/usr/bin/env bash
# Memory of `sohoa ocr` as documents grow (not a test): peak RSS (GNU time's %M) of one run on a
# 20-page and on a 1000-page scanned PDF made of the same A4 page, with the default heap and, for a
# 200-page input, with -Xmx512m; plus OCRmyPDF on the 20-page input for reference. Also the pipeline
# path (import + process in a SoHoa home) at 20 and at PIPE_PAGES pages.
#   [SOHOA=path/to/sohoa] [BIG=1000] [PIPE_PAGES=200] [KEEP=0.45] bench/ocr/memory.sh [PAGE.png]
# The page defaults to ../shared/corpus/scans-dev/clean/p000.png, full A4 at 300 dpi; only its top
# KEEP share is kept (the rest made white) so that a 1000-page run does not take hours of OCR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAGE="${1:-$ROOT/../shared/corpus/scans-dev/clean/p000.png}"
SOHOA="${SOHOA:-$ROOT/sohoa}"
BIG="${BIG:-1000}"
PIPE_PAGES="${PIPE_PAGES:-200}"
KEEP="${KEEP:-0.45}"
export OMP_THREAD_LIMIT=1
JOBS=2
"$SOHOA" --version >/dev/null   # builds on first run

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$ROOT/bench/ocr/test-page.sh"
test_page "$PAGE" "$work/page.jpg" "$KEEP"
pdf_of() { # pages -> file
  local n="$1" out="$work/in-$1.pdf"
  /usr/bin/python3 -c 'import sys, img2pdf; n=int(sys.argv[2]); open(sys.argv[1], "wb").write(img2pdf.convert([sys.argv[3]]*n))' "$out" "$n" "$work/page.jpg"
  echo "$out"
}
measure() { # label command… -> "label seconds rssMB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { echo "$label failed:" >&2; cat "$work/err.txt" >&2; return 1; }
  read -r s kb < "$work/time.txt"
  printf '%s %s %.0f\n' "$label" "$s" "$(echo "$kb / 1024" | bc -l)"
}

results="$work/results.txt"
small=$(pdf_of 20); mid=$(pdf_of 200); big=$(pdf_of "$BIG")
measure "sohoa-ocr-20" "$SOHOA" ocr "$small" -o "$work/o20.pdf" --lang vie --jobs $JOBS | tee -a "$results"
SOHOA_JAVA_OPTS="-Xmx512m" measure "sohoa-ocr-200-Xmx512m" "$SOHOA" ocr "$mid" -o "$work/o200.pdf" --lang vie --jobs $JOBS | tee -a "$results"
measure "sohoa-ocr-$BIG" "$SOHOA" ocr "$big" -o "$work/obig.pdf" --lang vie --jobs $JOBS | tee -a "$results"
measure "ocrmypdf-20" ocrmypdf -l vie --output-type pdfa --jobs $JOBS "$small" "$work/m20.pdf" | tee -a "$results"
for n in 20 "$PIPE_PAGES"; do
  home="$work/home-$n"
  "$SOHOA" import "$(pdf_of "$n")" --case "1/2026/DS-ST" --home "$home" >/dev/null
  measure "sohoa-process-$n" "$SOHOA" process --home "$home" | tee -a "$results"
done
echo "pages of the outputs: $(pdfinfo "$work/o20.pdf" | awk '/^Pages/ {print $2}') $(pdfinfo "$work/obig.pdf" | awk '/^Pages/ {print $2}') $(pdfinfo "$work/o200.pdf" | awk '/^Pages/ {print $2}')"
mkdir -p "$ROOT/bench/results"
cp "$results" "$ROOT/bench/results/memory-$(date -u +%Y%m%dT%H%M%SZ).txt"
