#!/usr/bin/env bash
# Times SoHoa's desktop from launch to window, the way a clerk meets it: under a private Xvfb, from
# starting the launcher to the SoHoa window being listed by `xwininfo -root -tree` (polled every
# 20 ms). Three figures: the first launch on a data home, a second launch, and a launch opening a
# .asice (as a double-click does). The window shows first and is filled in after (SohoaDesktop), so
# each launch also gives the time until it is filled in (-Dsohoa.readyReport). Prints them on stdout
# with the load average, since the machine may be shared. Usage:
#   installer/measure-launch.sh [-o DIR] [-n ROUNDS] LAUNCHER [DEMO_DIR]
#     LAUNCHER  the installed command (/usr/bin/sohoa) or an app image's bin/sohoa
#     DEMO_DIR  the output of `sohoa demo` (its home/ and bundle.asice); made with LAUNCHER if absent
#     -o DIR    keep the launches' logs and a screenshot (desktop.png) of the first window in DIR
#     -n N      repeat the three launches N times (each round on a fresh copy of the demo's home)
# Needs xvfb and x11-utils (and imagemagick for the screenshot).
set -euo pipefail
out="" rounds=1
while getopts o:n: opt; do case "$opt" in o) out="$OPTARG" ;; n) rounds="$OPTARG" ;; *) exit 2 ;; esac; done
shift $((OPTIND - 1))
launcher="${1:?usage: measure-launch.sh [-o DIR] [-n ROUNDS] LAUNCHER [DEMO_DIR]}"
demo="${2:-}"
fail() { echo "measure-launch: $*" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null || fail "needs Xvfb and xwininfo (apt-get install xvfb x11-utils)"

work="$(mktemp -d)"
xvfb_pid="" app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
[ -n "$out" ] && mkdir -p "$out"
mkdir -p "$work/bin" "$work/home"
ln -s "$(readlink -f "$launcher")" "$work/bin/sohoa"
# The clerk's environment: the sohoa command on PATH and nothing else, no JAVA_HOME.
clerk() { env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 "$@"; }
if [ -z "$demo" ]; then
  demo="$work/demo"
  echo "measure-launch: sohoa demo (for a case to show and a bundle to open)…" >&2
  clerk sohoa demo --out "$demo" > "$work/demo.log" 2>&1 || { tail -n 20 "$work/demo.log" >&2; fail "sohoa demo failed"; }
fi
[ -d "$demo/home" ] && [ -f "$demo/bundle.asice" ] || fail "$demo has no home/ and bundle.asice (the output of sohoa demo)"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!   # -displayfd: Xvfb takes a free display and writes its number once it is ready
for _ in $(seq 300); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
display=":$(head -n 1 "$work/display")"

seconds_since() { awk -v ns=$(( $(date +%s%N) - $1 )) 'BEGIN { printf "%.2f", ns / 1e9 }'; }
launch() { # NAME [ARG...]: sets $elapsed to the seconds from launch to window, $filled to the seconds
  # until the window is filled in, then stops the app
  local name="$1" t0; shift
  local log="$work/$name.log" ready="$work/$name.ready"
  t0=$(date +%s%N)
  env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 XDG_DATA_HOME="$work/xdg" DISPLAY="$display" \
    JAVA_TOOL_OPTIONS="-Dsohoa.readyReport=$ready${JFX_VERBOSE:+ -Djavafx.verbose=true}" sohoa "$@" >"$log" 2>&1 &
  app_pid=$!
  while ! DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"SoHoa '; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the desktop exited before showing a window"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 60 ] || fail "no SoHoa window after 60 s"
    sleep 0.02
  done
  elapsed="$(seconds_since "$t0")"
  while [ ! -s "$ready" ]; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the desktop exited before it was filled in"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 120 ] || fail "the window was not filled in after 120 s"
    sleep 0.02
  done
  filled="$(seconds_since "$t0")"
  if [ -n "$out" ] && [ "$name" = first-1 ] && command -v import >/dev/null; then
    sleep 1   # the case list drawn
    DISPLAY="$display" import -window root "$out/desktop.png"
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  [ -z "$out" ] || cp "$log" "$out/"
}
for round in $(seq "$rounds"); do
  rm -rf "$work/xdg"; mkdir -p "$work/xdg"
  cp -a "$demo/home" "$work/xdg/sohoa"   # the desktop shows the demo's case
  launch "first-$round"; first="$elapsed" first_filled="$filled"
  launch "second-$round"; second="$elapsed" second_filled="$filled"
  JFX_VERBOSE=1 launch "asice-$round" "$demo/bundle.asice"; by_file="$elapsed" by_file_filled="$filled"
  echo "launch to window   ${first} s first launch, ${second} s second launch, ${by_file} s opening a .asice (load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  echo "window filled in   ${first_filled} s, ${second_filled} s, ${by_file_filled} s (the same launches)"
done
