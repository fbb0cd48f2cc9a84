#!/usr/bin/env bash
# Renders each main screen of the desktop, in Vietnamese and in English, to
# docs/screenshots/NAME-vi.png and NAME-en.png under Xvfb (apt-get install xvfb), on the demo's case
# and bundle (the sync panel connected to the demo's central repository), and measures how long the
# window takes to appear.
# Usage: tools/screenshots.sh [--lang vi|en]   (default: both)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LANGS="vi en"
if [ "${1:-}" = "--lang" ]; then LANGS="${2:-vi}"; fi
OUT="$ROOT/docs/screenshots"
WORK="$(mktemp -d)"
trap 'kill "${XVFB_PID:-0}" "${CENTRAL_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 2; }

"$ROOT/sohoa" demo --out "$WORK/demo" >/dev/null
mkdir -p "$WORK/demo/home/trust"
cp "$WORK/demo/trust/"*.pem "$WORK/demo/home/trust/"

# The demo's central repository, running, so that the sync panel shows the demo batch online.
PORT=$(( 20000 + RANDOM % 20000 ))
"$ROOT/sohoa" --lang en central --dir "$WORK/demo/central" --port "$PORT" >"$WORK/central.out" 2>&1 &
CENTRAL_PID=$!
for _ in $(seq 1 600); do grep -q "Stop with" "$WORK/central.out" 2>/dev/null && break; sleep 0.1; done
sed -n '/^endpoint=/,/^secret-key=/p' "$WORK/central.out" >"$WORK/demo/home/sync.properties"

DISPLAY_NO=$(( 90 + RANDOM % 9 ))
Xvfb ":$DISPLAY_NO" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
mkdir -p "$OUT"
for LANG_ARG in $LANGS; do
  rm -f "$WORK/startup-ms"
  START_NS=$(date +%s%N)
  DISPLAY=":$DISPLAY_NO" SOHOA_HOME="$WORK/demo/home" \
    SOHOA_JAVA_OPTS="-Dsohoa.screenshots=$OUT -Dsohoa.screenshots.suffix=-$LANG_ARG -Dsohoa.startupReport=$WORK/startup-ms -Dsohoa.lang=$LANG_ARG -Dprism.order=sw" \
    "$ROOT/sohoa" "$WORK/demo/bundle.asice" &
  APP_PID=$!
  while [ ! -s "$WORK/startup-ms" ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.05; done
  WALL_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
  wait "$APP_PID"
  echo "$LANG_ARG: window shown $(cat "$WORK/startup-ms" 2>/dev/null | tr -d '\n') ms after the JVM started; ${WALL_MS} ms after ./sohoa was run (build already done)"
done
ls "$OUT"/*.png
