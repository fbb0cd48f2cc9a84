#!/usr/bin/env bash
# Peak RSS of `sohoa ocr --jobs 2` alone at several page counts (not a test), faster than memory.sh:
# no OCRmyPDF, no pipeline runs. Same input as memory.sh: one A4 300-dpi page as JPEG (top KEEP share
# of PAGE kept, the rest white) repeated into a PDF of N pages. For each run: seconds, peak RSS (GNU
# time's %M) and, sampled every 5 s from /proc/PID/smaps, the largest resident Java heap, glibc
# malloc arenas (Tesseract, and the JVM's own mallocs), other anonymous memory (code cache, metaspace,
# direct buffers, GC tables, stacks), class archives and mapped files, in MB.
#   [SOHOA=path/to/sohoa] [KEEP=0.12] [SOHOA_JAVA_OPTS=…] bench/ocr/memory-ocr.sh [N…]   (default 20 200 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOHOA="${SOHOA:-$ROOT/sohoa}"
PAGE="${PAGE:-$ROOT/../shared/corpus/scans-dev/clean/p000.png}"
KEEP="${KEEP:-0.12}"
COUNTS=("$@"); [ ${#COUNTS[@]} -gt 0 ] || COUNTS=(20 200 1000)
export OMP_THREAD_LIMIT=1
"$SOHOA" --version >/dev/null   # builds on first run
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$ROOT/bench/ocr/test-page.sh"
test_page "$PAGE" "$work/page.jpg" "$KEEP"
smaps() { # pid -> "heap arena other cds file" in kB; the heap is the mapping of the reserved Java heap
  awk -v lo="$1" -v hi="$2" '
    function hex(s,  i, v) { v = 0; s = tolower(s); for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
    /^[0-9a-f]+-[0-9a-f]+ / { split($1, a, "-"); st = hex(a[1]); en = hex(a[2]); name = $6; next }
    /^Rss:/ { r = $2
      if (st >= lo && en <= hi) heap += r
      else if (name ~ /\.jsa$/) cds += r
      else if (name != "" && name !~ /^\[/) file += r
      else if (st % 67108864 == 0 && en - st <= 67108864) arena += r
      else other += r }
    END { printf "%d %d %d %d %d\n", heap, arena, other, cds, file }' "/proc/$3/smaps"
}
printf '%-6s %8s %8s | %s\n' pages seconds peakMB "largest resident: heap arenas other-anon class-archives files (MB)"
for n in "${COUNTS[@]}"; do
  /usr/bin/python3 -c 'import sys, img2pdf; open(sys.argv[1], "wb").write(img2pdf.convert([sys.argv[3]] * int(sys.argv[2])))' "$work/in.pdf" "$n" "$work/page.jpg"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$SOHOA" ocr "$work/in.pdf" -o "$work/out.pdf" --lang vie --jobs 2 >/dev/null 2>"$work/err.txt" &
  tpid=$!
  pid=""
  for _ in $(seq 200); do pid="$(pgrep -P "$tpid" | head -n 1)"; [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && break; sleep 0.1; done
  range=""; max="0 0 0 0 0"
  while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
    if [ -z "$range" ]; then   # the heap's reserved range, from the JVM itself
      range="$("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | grep -o '\[0x[0-9a-f]*, 0x[0-9a-f]*)' | head -n 1 | tr -d '[),' || true)"
    fi
    if [ -n "$range" ]; then
      read -r lo hi <<<"$range"
      now="$(smaps $((lo)) $((hi)) "$pid" 2>/dev/null || echo "0 0 0 0 0")"
      max="$(paste -d' ' <(tr ' ' '\n' <<<"$max") <(tr ' ' '\n' <<<"$now") | awk '{printf "%d ", ($1 > $2 ? $1 : $2)}')"
    fi
    sleep 5
  done
  wait "$tpid" || { echo "$n pages failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
  read -r s kb < "$work/time.txt"
  printf '%-6s %8s %8.0f | %s\n' "$n" "$s" "$(echo "$kb / 1024" | bc -l)" "$(awk '{printf "%d %d %d %d %d", $1/1024, $2/1024, $3/1024, $4/1024, $5/1024}' <<<"$max")"
done
