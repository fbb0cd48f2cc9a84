#!/usr/bin/env bash
# SANE capture overhead: `sohoa scan` (JFreeSane + capture: encode, hash, fsync, catalog) against
# SANE's own `scanimage` writing the same pages to disk, on the same saned test device, same run.
# Usage: bench/scan/run.sh [PAGES_PER_BATCH=10] [DPI=300] [ROUNDS=3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DPI="${2:-300}"
ROUNDS="${3:-3}"
work="$(mktemp -d)"
trap 'kill "$saned_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/server" "$work/client"
printf 'test\n' > "$work/server/dll.conf"
printf '127.0.0.1\n' > "$work/server/saned.conf"
printf 'number_of_devices 1\nmode Gray\ndepth 8\ngeometry_max 300\nbr_x 210.0\nbr_y 297.0\ntest-picture "Grid"\n' > "$work/server/test.conf"
printf 'net\n' > "$work/client/dll.conf"
printf '127.0.0.1\n' > "$work/client/net.conf"
SANE_CONFIG_DIR="$work/server" saned -l -e -b 127.0.0.1 -p 6566 2>"$work/saned.log" &
saned_pid=$!
sleep 1

"$ROOT/sohoa" --help >/dev/null   # build first, outside the timings

now() { date +%s.%N; }
sane_total=0; sohoa_total=0
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/out"; mkdir -p "$work/out"
  t0=$(now)
  SANE_CONFIG_DIR="$work/client" scanimage -d net:127.0.0.1:test:0 --source "Automatic Document Feeder" \
    --mode Gray --resolution "$DPI" -x 210 -y 297 --batch="$work/out/p%03d.pnm" --format=pnm >/dev/null 2>&1 || true
  t1=$(now)
  pages=$(ls "$work/out" | wc -l)
  SANE_NET_HOSTS=127.0.0.1:6566 "$ROOT/sohoa" --home "$work/home-$round" scan --scanner sane:127.0.0.1:6566/test:0 \
    --case "$round/2026/DS-ST" --dpi "$DPI" --lang en >/dev/null
  t2=$(now)
  sane_total=$(echo "$sane_total + $t1 - $t0" | bc -l)
  sohoa_total=$(echo "$sohoa_total + $t2 - $t1" | bc -l)
  echo "round $round: scanimage $(echo "$t1 - $t0" | bc -l | cut -c1-5) s, sohoa scan $(echo "$t2 - $t1" | bc -l | cut -c1-5) s, $pages pages"
done
echo "pages per batch: $pages at $DPI dpi grey A4"
printf 'scanimage: %.3f s/page   sohoa scan: %.3f s/page   ratio sohoa/scanimage: %.2f\n' \
  "$(echo "$sane_total / ($ROUNDS * $pages)" | bc -l)" "$(echo "$sohoa_total / ($ROUNDS * $pages)" | bc -l)" \
  "$(echo "$sohoa_total / $sane_total" | bc -l)"
