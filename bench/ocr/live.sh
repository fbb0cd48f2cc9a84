#!/usr/bin/env bash
# Pipelining (not a test): seconds from the last page captured to the finished PDF/A of a PAGES-page
# document scanned from the simulated feeder at PPM pages a minute, with the stages running behind
# capture, against capture-then-process in the same run. See LiveBench.java.
#   bench/ocr/live.sh [PAGES=20] [PPM=0]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
export OMP_THREAD_LIMIT=1
"$ROOT/sohoa" --version >/dev/null   # builds on first run
CP="$(ls "$ROOT"/app/target/sohoa-app-*.jar | head -n 1):$ROOT/app/target/lib/*"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx1g \
  -Dsohoa.models="$ROOT/ocr-models" -cp "$CP" "$ROOT/bench/ocr/LiveBench.java" "${1:-20}" "${2:-0}"
