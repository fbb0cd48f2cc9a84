#!/usr/bin/env bash
# Whole-run OCR benchmark (not a test): sohoa ocr (fast and best models) against OCRmyPDF on the same
# input in the same run, both with OMP_THREAD_LIMIT=1 and 2 jobs, plus the raw tesseract CLI per
# page as the engine's own limit. Figures: pages per minute, CER of the text layer (pdftotext)
# against the ground truth, output bytes per page, peak RSS. Writes bench/results/ocr-<date>.md.
#   [SKIP_RAW=1] bench/ocr/run.sh [CORPUS_DIR]   (SKIP_RAW: leave out the slow raw tesseract CLI run)   (default ../shared/corpus/scans-dev: clean/ and degraded/ pNNN.png + pNNN.txt)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/corpus/scans-dev}"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
export OMP_THREAD_LIMIT=1
JOBS=2

need=()
for p in ocrmypdf tesseract-ocr tesseract-ocr-vie poppler-utils time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} -eq 0 ] || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; }

"$ROOT/sohoa" --version >/dev/null   # builds on first run
ENGINE_JAR="$(ls "$ROOT"/app/target/lib/sohoa-engine-*.jar | head -n 1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t pages < <(ls "$CORPUS"/clean/p*.png "$CORPUS"/degraded/p*.png)
n=${#pages[@]}
echo "benchmark: $n pages from $CORPUS" >&2

# one multi-page PDF holding the PNGs losslessly: the same input for both tools
# (the corpus PNGs carry no resolution; they are A4 at 300 dpi, so say so)
/usr/bin/python3 -c 'import sys, img2pdf; open(sys.argv[1], "wb").write(img2pdf.convert(sys.argv[2:], layout_fun=img2pdf.get_fixed_dpi_layout_fun((300, 300))))' "$work/input.pdf" "${pages[@]}"

rss_and_time() { # label command… -> prints "seconds rss_kb"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$work/time.txt"
}

cer_of() { # pdf -> total CER over the pages
  local pdf="$1" args=()
  for i in $(seq 1 "$n"); do
    pdftotext -f "$i" -l "$i" -enc UTF-8 "$pdf" "$work/hyp-$i.txt"
    args+=("$work/hyp-$i.txt" "${pages[$((i-1))]%.png}.txt")
  done
  "$JAVA_HOME/bin/java" -cp "$ENGINE_JAR" "$ROOT/bench/ocr/CerReport.java" "${args[@]}" > "$work/cer.txt"
  awk '/^total/ {print $2}' "$work/cer.txt"
}

declare -A secs rss cer bytes
run() { # name command…
  local name="$1"; shift
  read -r s r < <(rss_and_time "$@")
  secs[$name]=$s; rss[$name]=$r
}

run ocrmypdf ocrmypdf -l vie --output-type pdfa --jobs "$JOBS" "$work/input.pdf" "$work/ocrmypdf.pdf"
run sohoa-fast "$ROOT/sohoa" ocr "$work/input.pdf" -o "$work/sohoa-fast.pdf" --lang vie --jobs "$JOBS" --model fast
run sohoa-best "$ROOT/sohoa" ocr "$work/input.pdf" -o "$work/sohoa-best.pdf" --lang vie --jobs "$JOBS" --model best
run sohoa-png "$ROOT/sohoa" ocr "${pages[@]}" -o "$work/sohoa-png.pdf" --lang vie --jobs "$JOBS"
run sohoa-deskew "$ROOT/sohoa" ocr "${pages[@]}" -o "$work/sohoa-deskew.pdf" --lang vie --jobs "$JOBS" --deskew

if [ -z "${SKIP_RAW:-}" ]; then
start=$(date +%s.%N)
for p in "${pages[@]}"; do tesseract "$p" "$work/raw-$(basename "$(dirname "$p")")-$(basename "$p" .png)" -l vie >/dev/null 2>&1; done
raw=$(echo "$(date +%s.%N) - $start" | bc)
rawargs=()
for p in "${pages[@]}"; do rawargs+=("$work/raw-$(basename "$(dirname "$p")")-$(basename "$p" .png).txt" "${p%.png}.txt"); done
rawcer=$("$JAVA_HOME/bin/java" -cp "$ENGINE_JAR" "$ROOT/bench/ocr/CerReport.java" "${rawargs[@]}" | awk '/^total/ {print $2}')
fi

for name in ocrmypdf sohoa-fast sohoa-best sohoa-png sohoa-deskew; do
  cer[$name]=$(cer_of "$work/$name.pdf")
  bytes[$name]=$(stat -c %s "$work/$name.pdf")
done

mkdir -p "$ROOT/bench/results"
out="$ROOT/bench/results/ocr-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "OCR benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $n pages ($CORPUS), OMP_THREAD_LIMIT=1, $JOBS jobs, $(nproc) cores"
  echo
  echo "| run | seconds | pages/min | × OCRmyPDF | CER (pdftotext) | bytes/page | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for name in ocrmypdf sohoa-fast sohoa-best sohoa-png sohoa-deskew; do
    awk -v name="$name" -v s="${secs[$name]}" -v base="${secs[ocrmypdf]}" -v n="$n" -v c="${cer[$name]}" -v b="${bytes[$name]}" -v r="${rss[$name]}" \
      'BEGIN { printf "| %s | %.1f | %.1f | %.2f | %.4f | %d | %.0f |\n", name, s, n*60/s, base/s, c, b/n, r/1024 }'
  done
  [ -n "${SKIP_RAW:-}" ] || awk -v s="$raw" -v n="$n" -v c="$rawcer" -v j="$JOBS" \
    'BEGIN { printf "| tesseract CLI 5.3 (vie fast), pages one after another | %.1f | %.1f | | %.4f | | |\n| ideal %d-core raw engine time | %.1f | | | | | |\n", s, n*60/s, c, j, s/j }'
} | tee "$out"
