#!/usr/bin/env bash
# SANE scanning overhead against SANE's own `scanimage` on the same saned test device, same run:
#  - driver:  SoHoa's SANE driver (JFreeSane) receiving the pages, nothing stored;
#  - capture: the same plus capture (PNG master, SHA-256, fsync, catalog and custody in one transaction);
#  - baseline: `scanimage --batch` through SANE's net backend, writing PNM files.
# JVM start-up is outside the clock (a running workstation scans without starting one).
# Usage: bench/scan/run.sh [DPI=300] [ROUNDS=3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
DPI="${1:-300}"
ROUNDS="${2:-3}"
PORT=6566
work="$(mktemp -d)"
trap 'pkill -P "$saned_pid" 2>/dev/null; kill "$saned_pid" 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/server" "$work/client"
printf 'test\n' > "$work/server/dll.conf"
printf '127.0.0.1\n' > "$work/server/saned.conf"
printf 'number_of_devices 1\nmode Gray\ndepth 8\ngeometry_max 300\ntest-picture "Grid"\n' > "$work/server/test.conf"
printf 'net\n' > "$work/client/dll.conf"
printf '127.0.0.1\n' > "$work/client/net.conf"
SANE_CONFIG_DIR="$work/server" saned -l -e -b 127.0.0.1 -p "$PORT" >/dev/null 2>"$work/saned.log" &
saned_pid=$!
sleep 1

"$ROOT/sohoa" --help >/dev/null   # build, outside the clock
CP="$(ls "$ROOT"/app/target/sohoa-app-*.jar):$ROOT/app/target/lib/*"

now() { date +%s.%N; }
base=0; driver=0; capture=0; pages=0
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/out"; mkdir -p "$work/out"
  t0=$(now)
  SANE_CONFIG_DIR="$work/client" scanimage -d net:127.0.0.1:test:0 --source "Automatic Document Feeder" \
    --mode Gray --resolution "$DPI" -x 210 -y 297 --batch="$work/out/p%03d.pnm" --format=pnm >/dev/null 2>&1 || true
  t1=$(now)
  base=$(echo "$base + $t1 - $t0" | bc -l)
  pages=$(ls "$work/out" | wc -l)
  while read -r kind seconds n; do
    [ "$n" -eq "$pages" ] || { echo "page counts differ: $kind $n vs scanimage $pages" >&2; exit 1; }
    case "$kind" in driver) driver=$(echo "$driver + $seconds" | bc -l);; capture) capture=$(echo "$capture + $seconds" | bc -l);; esac
  done < <("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" "$ROOT/bench/scan/SaneCaptureBench.java" "$PORT" "$DPI" "$round")
done
n=$((ROUNDS * pages))
printf '%d pages (%d rounds of %d), A4 grey, %d dpi\n' "$n" "$ROUNDS" "$pages" "$DPI"
printf 'scanimage        %.3f s/page\n' "$(echo "$base / $n" | bc -l)"
printf 'SoHoa driver     %.3f s/page  (%.2f x scanimage)\n' "$(echo "$driver / $n" | bc -l)" "$(echo "$driver / $base" | bc -l)"
printf 'SoHoa capture    %.3f s/page  (%.2f x scanimage)\n' "$(echo "$capture / $n" | bc -l)" "$(echo "$capture / $base" | bc -l)"
