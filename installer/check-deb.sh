#!/usr/bin/env bash
# CI check of the Linux package, as a clerk meets it: builds the .deb, installs it with apt-get, then
# with no JDK on PATH runs `sohoa --version`, the headless demo (OCR, signing, bundle) and the
# desktop under Xvfb (time to window, screenshot; also opened the way a double-clicked .asice
# opens it), then purges the package and checks that nothing of it is left.
# Figures go to installer/target/figures.txt, the screenshot to installer/target/desktop.png.
# Needs root (apt-get) and the packages of tools/system-packages.txt (xvfb, x11-utils, imagemagick).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="$HERE/target"
fail() { echo "installer check FAILED: $*" >&2; exit 1; }
say() { echo "installer check: $*" >&2; }
[ "$(id -u)" -eq 0 ] || exec sudo -E "$0" "$@"   # it installs and removes the package

work="$(mktemp -d)"
made_dirs=()
cleanup() {
  if dpkg-query -W sohoa >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq sohoa >/dev/null 2>&1 || true
  fi
  for dir in "${made_dirs[@]}"; do rm -rf "$dir"; done
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Build.
start=$SECONDS
"$HERE/build.sh" deb
deb="$(ls "$TARGET"/sohoa_*_amd64.deb)"
build_s=$((SECONDS - start))
pom_version="$(sed -n '/<artifactId>sohoa-parent<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
[ -n "$pom_version" ] || fail "no version in pom.xml"

# 2. Install, on a machine set up like a desktop: the system menu folders that a desktop environment
# brings (xdg-desktop-menu needs them) exist; those made here are removed at the end.
if dpkg-query -W sohoa >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq sohoa >/dev/null
fi
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
  [ -d "$dir" ] || { mkdir -p "$dir"; made_dirs+=("$dir"); }
done
say "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > "$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; fail "apt-get install"; }
grep -q "no desktop menu" "$work/apt.log" && fail "the menu entry was not installed: $(grep 'no desktop menu' "$work/apt.log")"
[ "$(readlink -f /usr/bin/sohoa)" = /opt/sohoa/bin/sohoa ] || fail "/usr/bin/sohoa does not lead to /opt/sohoa/bin/sohoa"
[ -f /usr/share/applications/sohoa-sohoa.desktop ] || fail "no menu entry in /usr/share/applications"
grep -q '^Exec=/opt/sohoa/bin/sohoa %f$' /usr/share/applications/sohoa-sohoa.desktop || fail "the menu entry does not pass the file"
[ "$(xdg-mime query default application/vnd.etsi.asic-e+zip)" = sohoa-sohoa.desktop ] || fail ".asice does not open in SoHoa"
installed_kb="$(du -sk /opt/sohoa | cut -f1)"

# 3. Run it as a clerk would: PATH holds the sohoa command and nothing else, no JAVA_HOME.
mkdir -p "$work/bin" "$work/home"
ln -s /usr/bin/sohoa "$work/bin/sohoa"
clerk() { env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 "$@"; }
clerk /bin/sh -c 'command -v java' >/dev/null 2>&1 && fail "a java is on the clerk's PATH"
version="$(clerk sohoa --version)"
grep -q "^SoHoa $pom_version (Java 25" <<<"$version" || fail "sohoa --version says '$version', the POM says $pom_version"
say "$version"

say "sohoa demo (headless)"
start=$SECONDS
clerk sohoa demo --out "$work/demo" > "$work/demo.log" 2>&1 || { tail -n 20 "$work/demo.log" >&2; fail "sohoa demo"; }
demo_s=$((SECONDS - start))
grep -q '"ok" : true' "$work/demo/summary.json" || fail "the demo's summary.json does not say ok"
[ "$(ls "$work/demo/documents/"*.pdf | wc -l)" -eq 3 ] || fail "the demo did not write 3 documents"
pdftotext "$work/demo/documents/03-ban-an.pdf" - | grep -q "NHÂN DANH" || fail "the installed app did not OCR (no text in the judgment)"
clerk sohoa verify "$work/demo/bundle.asice" --trust "$work/demo/trust" >/dev/null || fail "the demo bundle does not verify"
# The AOT cache, trained at the build path, is accepted at the installed path.
clerk JAVA_TOOL_OPTIONS="-Xlog:aot=info,class+path=info" sohoa --version > "$work/aot.log" 2>&1
grep -q "Archived boot classpath validation: passed" "$work/aot.log" && grep -q "Using AOT-linked classes: true" "$work/aot.log" \
  || { grep -i -e aot -e mismatch "$work/aot.log" | tail -n 5 >&2; fail "the installed launcher does not use lib/sohoa.aot"; }
# The launcher's heap ceiling (build.sh: -Xmx512m); without one the JVM takes a quarter of the RAM
# and a long OCR run grows with it (bench/README.md, OCR runs 3 and 6).
heap="$(clerk JAVA_TOOL_OPTIONS="-XX:+PrintFlagsFinal" sohoa --version 2>/dev/null | awk '$2 == "MaxHeapSize" {print $4}')"
[ "$heap" = 536870912 ] || fail "the installed launcher's heap ceiling is '$heap' bytes, not 512 MB"

# 4. The desktop under Xvfb: time from launch to the mapped SoHoa window (measure-launch.sh: first
# launch, second launch, opening the demo's bundle), and a screenshot.
"$HERE/measure-launch.sh" -o "$work/launch" /usr/bin/sohoa "$work/demo" > "$work/launch.txt" || fail "the desktop did not come up"
cp "$work/launch/desktop.png" "$TARGET/desktop.png"
[ "$(stat -c %s "$TARGET/desktop.png")" -gt 10000 ] || fail "the screenshot is empty"
grep -q "Loaded /opt/sohoa/lib/runtime/lib/libglass.so from relative path" "$work/launch/asice-1.log" \
  || fail "JavaFX did not load its natives from the bundled runtime (it unpacks them into the home folder instead)"
launch_line="$(grep '^launch to window' "$work/launch.txt")"
filled_line="$(grep '^window filled in' "$work/launch.txt")"
say "$launch_line"
say "$filled_line"

# 5. Remove, and nothing of SoHoa stays behind.
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq sohoa > "$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
dpkg-query -W sohoa >/dev/null 2>&1 && fail "sohoa is still known to dpkg after purge"
left="$(find /opt /usr /etc /var/lib/dpkg/info \( -iname '*sohoa*' -o -iname '*asic-e*' \) -print 2>/dev/null || true)"
[ -z "$left" ] || fail "left behind after purge: $left"
grep -rlsI -e sohoa -e 'asic-e' /usr/share/applications /usr/share/mime /etc/xdg/menus && fail "registrations left behind after purge"

size_mb="$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1e6 }')"
cat > "$TARGET/figures.txt" <<EOF
package            $(basename "$deb")  ${size_mb} MB
installed size     $(awk -v k="$installed_kb" 'BEGIN { printf "%.0f", k / 1024 }') MiB in /opt/sohoa
version            $version
build of the .deb  ${build_s} s
headless demo      ${demo_s} s
${launch_line}
${filled_line}
load average       $(cut -d' ' -f1-3 /proc/loadavg) (at the end; $(nproc) cores)
EOF
cat "$TARGET/figures.txt" >&2
echo "installer check: ok (built, installed, --version, demo OCRs and verifies without a JDK on PATH, desktop window and screenshot under Xvfb, purged clean)"
