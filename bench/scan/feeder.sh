#!/usr/bin/env bash
# Capture behind a simulated 60 ppm duplex feeder (120 images a minute) with OCR running behind it:
# the capture backlog (images the feeder released but not yet stored) must stay flat; the OCR backlog
# is reported. Baseline in the same run: the feeder alone. JVM start-up and page generation are
# outside the clock.
# Usage: bench/scan/feeder.sh [SHEETS=60] [DPI=300] [OCR_THREADS=1]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
export OMP_THREAD_LIMIT=1
"$ROOT/sohoa" --help >/dev/null   # build, outside the clock
"$ROOT/ocr-models/fetch.sh"
CP="$(ls "$ROOT"/app/target/sohoa-app-*.jar):$ROOT/app/target/lib/*"
cd "$ROOT"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" "$ROOT/bench/scan/FeederBench.java" "${1:-60}" "${2:-300}" "${3:-1}"
