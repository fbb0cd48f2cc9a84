#!/usr/bin/env bash
# Renders each main screen of the desktop to docs/screenshots/*.png under Xvfb (apt-get install xvfb),
# on the demo's case and bundle, and measures how long the window takes to appear.
# Usage: tools/screenshots.sh [--lang en]   (English screenshots go to docs/screenshots/en/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LANG_ARG="vi"
if [ "${1:-}" = "--lang" ]; then LANG_ARG="${2:-vi}"; fi
OUT="$ROOT/docs/screenshots"
[ "$LANG_ARG" = "en" ] && OUT="$OUT/en"
WORK="$(mktemp -d)"
trap 'kill "${XVFB_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 2; }

"$ROOT/sohoa" demo --out "$WORK/demo" >/dev/null
mkdir -p "$WORK/demo/home/trust"
cp "$WORK/demo/trust/"*.pem "$WORK/demo/home/trust/"

DISPLAY_NO=$(( 90 + RANDOM % 9 ))
Xvfb ":$DISPLAY_NO" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
mkdir -p "$OUT"
START_NS=$(date +%s%N)
DISPLAY=":$DISPLAY_NO" SOHOA_HOME="$WORK/demo/home" \
  SOHOA_JAVA_OPTS="-Dsohoa.screenshots=$OUT -Dsohoa.startupReport=$WORK/startup-ms -Dsohoa.lang=$LANG_ARG -Dprism.order=sw" \
  "$ROOT/sohoa" "$WORK/demo/bundle.asice" &
APP_PID=$!
while [ ! -s "$WORK/startup-ms" ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.05; done
WALL_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
wait "$APP_PID"
echo "window shown $(cat "$WORK/startup-ms" 2>/dev/null | tr -d '\n') ms after the JVM started; ${WALL_MS} ms after ./sohoa was run (build already done)"
ls "$OUT"/*.png
