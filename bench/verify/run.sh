#!/usr/bin/env bash
# bench/verify: offline verification of a signed ASiC-E bundle against sha256sum over the same bytes,
# in the same run, with the verifier's heap capped at 256 MB. Usage: bench/verify/run.sh [SIZE_MB] [ENTRIES]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
SIZE_MB="${1:-1024}"
ENTRIES="${2:-20}"
"$ROOT/sohoa" --version >/dev/null   # builds on first use
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CP="$(compgen -G "$ROOT/app/target/sohoa-app-*.jar" | head -n 1):$ROOT/app/target/lib/*"
"$JAVA_HOME/bin/java" -cp "$CP" "$ROOT/bench/verify/MakeBundle.java" "$work" "$SIZE_MB" "$ENTRIES"
bundle="$work/bench.asice"
bytes=$(stat -c %s "$bundle")
cat "$bundle" > /dev/null   # warm the page cache for both

now() { date +%s.%N; }
t0=$(now); sha256sum "$bundle" > /dev/null; t1=$(now)
SOHOA_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" "$ROOT/sohoa" verify "$bundle" --trust "$work/trust" --json > "$work/report.json"
t2=$(now)
SOHOA_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" "$ROOT/sohoa" verify "$bundle" --trust "$work/trust" > /dev/null
t3=$(now)
grep -q '"status" : "pending-timestamp"' "$work/report.json" || { echo "the bundle did not verify"; cat "$work/report.json"; exit 1; }
awk -v b="$bytes" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" 'BEGIN {
  s = t1 - t0; v1 = t2 - t1; v2 = t3 - t2;
  v = (v1 < v2) ? v1 : v2;
  printf "bundle: %.0f MB, %d entries\n", b / 1048576, '"$ENTRIES"';
  printf "sha256sum:     %6.2f s  %7.1f MB/s\n", s, b / 1048576 / s;
  printf "sohoa verify:  %6.2f s  %7.1f MB/s (best of 2, whole process, heap cap 256 MB)\n", v, b / 1048576 / v;
  printf "ratio:         %5.1f%% of sha256sum throughput\n", 100 * s / v;
}'
