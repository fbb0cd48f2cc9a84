#!/usr/bin/env bash
# Gives a Linux application image an AOT cache (JEP 483/514, JDK 25) so the desktop window comes up
# fast: opens the image's desktop once under a private Xvfb with -XX:AOTCacheOutput, closes it when
# the window is up, and points the launcher at the cache (lib/sohoa.aot, the JDK's own CDS archive is
# then not needed). The cache holds the classes of the exact class path the launcher uses; the JVM
# checks that and silently ignores a cache that does not fit. Usage: train-aot.sh IMAGE_DIR
set -euo pipefail
image="$1"
cfg="$image/lib/app/sohoa.cfg"
cache="$image/lib/sohoa.aot"
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null \
  || { echo "train-aot: needs Xvfb and xwininfo (apt-get install xvfb x11-utils)" >&2; exit 1; }
work="$(mktemp -d)"
xvfb_pid="" app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!   # -displayfd: Xvfb takes a free display and writes its number once it is ready
for _ in $(seq 300); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "train-aot: Xvfb did not start" >&2; exit 1; }
display=":$(head -n 1 "$work/display")"

cp "$cfg" "$work/sohoa.cfg"
echo "java-options=-XX:AOTCacheOutput=$cache" >> "$cfg"
echo "java-options=-Dsohoa.readyReport=$work/ready" >> "$cfg"   # written once the window is filled in
env -i PATH=/usr/bin:/bin HOME="$work" XDG_DATA_HOME="$work/data" DISPLAY="$display" LANG=C.UTF-8 \
  "$image/bin/sohoa" >"$work/train.log" 2>&1 &
app_pid=$!
for _ in $(seq 1200); do
  DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"SoHoa ' && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
# The window shows first and is filled in after (SohoaDesktop): train up to the filled-in window.
for _ in $(seq 1200); do [ -s "$work/ready" ] && break; kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
[ -s "$work/ready" ] || echo "train-aot: the desktop was not filled in; the cache covers its start only" >&2
sleep 2                      # the first frames are drawn, the table laid out
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true   # the JVM writes the cache as it exits
app_pid=""
cp "$work/sohoa.cfg" "$cfg"
if [ ! -s "$cache" ]; then
  tail -n 20 "$work/train.log" >&2
  echo "train-aot: no AOT cache was written" >&2
  exit 1
fi
echo "java-options=-XX:AOTCache=\$APPDIR/../sohoa.aot" >> "$cfg"
rm -f "$image/lib/runtime/lib/server/classes.jsa" "$image/lib/runtime/lib/server/classes_nocoops.jsa"
echo "train-aot: $(du -h "$cache" | cut -f1) AOT cache in lib/sohoa.aot" >&2
