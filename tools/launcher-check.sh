#!/usr/bin/env bash
# End-to-end check of ./sohoa as a newcomer uses it: help, import of a 3-page TIFF, process, and the
# stored SHA-256 of each master against sha256sum; then the demo. Exits non-zero on any mismatch.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "launcher check FAILED: $*" >&2; exit 1; }

help="$(DISPLAY= WAYLAND_DISPLAY= "$ROOT/sohoa" --lang en)"
for cmd in demo scanners scan import process ocr search cases show pii keys sign bundle verify; do
  grep -q "^ *$cmd " <<<"$help" || fail "./sohoa help does not list '$cmd'"
done

# Heap ceilings (bench/README.md, OCR run 6): 384 MB for a command, 512 MB for the desktop's evidence
# viewer, which also asks G1 for short pauses; `ocr` on the quick compiler only (OCR run 7).
flag() { local name="$1"; shift; DISPLAY= WAYLAND_DISPLAY= SOHOA_JAVA_OPTS="-XX:+PrintFlagsFinal" "$ROOT/sohoa" "$@" 2>/dev/null | awk -v n="$name" '$2 == n {print $4}'; }
max_heap() { flag MaxHeapSize "$@"; }
[ "$(max_heap --version)" = 402653184 ] || fail "./sohoa --version does not run with a 384 MB heap"
"$JAVA_HOME/bin/java" "$ROOT/tools/MakeTiff.java" "$work/three.tif" 3
touch "$work/view.asice"
[ "$(max_heap "$work/view.asice")" = 536870912 ] || fail "./sohoa FILE.asice (the desktop's viewer) does not run with a 512 MB heap"
[ "$(flag MaxGCPauseMillis "$work/view.asice")" = 50 ] || fail "./sohoa FILE.asice (the desktop's viewer) does not ask G1 for 50 ms pauses"
[ "$(flag TieredStopAtLevel ocr --help)" = 1 ] || fail "./sohoa ocr does not run on the quick compiler only"
[ "$(flag TieredStopAtLevel --version)" = 4 ] || fail "./sohoa --version should keep both compilers"
"$ROOT/sohoa" --home "$work/home" import "$work/three.tif" --case 12/2024/HS-ST --type ban-an >/dev/null
"$ROOT/sohoa" process --home "$work/home" >/dev/null
"$ROOT/sohoa" --home "$work/home" show 12/2024/HS-ST --json > "$work/show.json"
mapfile -t shas < <(grep -o '"sha256" : "[0-9a-f]*"' "$work/show.json" | grep -o '[0-9a-f]\{64\}')
[ "${#shas[@]}" -eq 3 ] || fail "expected 3 pages, show lists ${#shas[@]}"
for sha in "${shas[@]}"; do
  blob="$work/home/blobs/${sha:0:2}/${sha:2:2}/$sha"
  [ -f "$blob" ] || fail "master $sha is not in the blob store"
  actual="$(sha256sum "$blob" | cut -d' ' -f1)"
  [ "$actual" = "$sha" ] || fail "master $sha hashes to $actual"
done
[ "$(grep -c '"fixity" : "done"' "$work/show.json")" -eq 3 ] || fail "fixity did not run on every page"

set +e
"$ROOT/sohoa" --home "$work/home" import "$work/missing.tif" --case 12/2024/HS-ST 2>"$work/err.txt"
status=$?
set -e
[ "$status" -eq 2 ] || fail "a missing file should exit 2, not $status"
[ "$(wc -l < "$work/err.txt")" -eq 1 ] || fail "a missing file should give one line on stderr"

"$ROOT/sohoa" demo --out "$work/demo" >/dev/null
grep -q '"ok" : true' "$work/demo/summary.json" || fail "the demo's summary.json does not say ok"
[ "$(ls "$work/demo/documents/"*.pdf | wc -l)" -eq 3 ] || fail "the demo did not write 3 PDF/A documents"
pdftotext "$work/demo/documents/03-ban-an.pdf" - | grep -q "NHÂN DANH" || fail "the demo's judgment is not searchable"

"$ROOT/sohoa" ocr "$work/demo/documents/01-don-khoi-kien.pdf" -o "$work/again.pdf" --lang vie --copy-signed >/dev/null
pdftotext "$work/again.pdf" - | grep -q "Tòa án" || fail "sohoa ocr did not make a searchable PDF"

"$ROOT/sohoa" verify "$work/demo/bundle.asice" --trust "$work/demo/trust" >/dev/null \
  || fail "the demo's bundle does not verify"
cp "$work/demo/bundle.asice" "$work/changed.asice"
perl -e 'open(F, "+<", $ARGV[0]) or die; seek(F, 4000, 0); read(F, $b, 1); seek(F, 4000, 0); print F chr(ord($b) ^ 1)' "$work/changed.asice"
set +e
"$ROOT/sohoa" verify "$work/changed.asice" --trust "$work/demo/trust" >/dev/null
status=$?
set -e
[ "$status" -eq 1 ] || fail "a changed bundle should exit 1, not $status"
echo "launcher check: ok (3 masters match sha256sum; demo ok with 3 searchable PDF/A; sohoa ocr ok; the demo bundle verifies, a changed copy does not)"
