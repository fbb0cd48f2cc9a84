#!/usr/bin/env bash
# Builds SoHoa's installer into installer/target/: jlinks a trimmed Java runtime (the JDK modules
# modules.sh finds, plus JavaFX from its modular jars), then jpackages it with the app's jars and
# the verified OCR models.  Usage: installer/build.sh deb|msi|dmg|app-image
#   deb        Linux package (Debian/Ubuntu), built and tested here (installer/check-deb.sh)
#   msi        Windows installer; run in Git Bash on Windows with WiX 3 or 4 on PATH
#   dmg        macOS disk image; run on a Mac
#   app-image  the unpacked application only (installer/target/image/sohoa)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TYPE="${1:-}"
case "$TYPE" in deb|msi|dmg|app-image) ;; *) echo "usage: installer/build.sh deb|msi|dmg|app-image" >&2; exit 2 ;; esac
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk

TARGET="$HERE/target"
STAGE="$TARGET/stage"
say() { echo "installer: $*" >&2; }

# 1. The app and the models. SOHOA_INSTALLER_PREBUILT=1 reuses app/target (CI, right after mvn verify).
"$ROOT/ocr-models/fetch.sh"
if [ "${SOHOA_INSTALLER_PREBUILT:-0}" != 1 ]; then
  say "mvn package"
  PLATFORM=(); case "$TYPE" in  # bytedeco's natives for the target (JavaFX picks its own by OS)
    msi) PLATFORM=(-Djavacpp.platform=windows-x86_64) ;;
    dmg) PLATFORM=(-Djavacpp.platform="$([ "$(uname -m)" = arm64 ] && echo macosx-arm64 || echo macosx-x86_64)") ;;
  esac
  (cd "$ROOT" && mvn -B -q -DskipTests "${PLATFORM[@]}" package)
fi
APP_JAR="$(compgen -G "$ROOT/app/target/sohoa-app-*.jar" | grep -v -e '-tests.jar' -e '-sources.jar' | head -n 1)"
LIB="$ROOT/app/target/lib"
[ -f "$APP_JAR" ] && [ -d "$LIB" ] || { echo "installer: no app/target jar; run mvn package first" >&2; exit 1; }
VERSION="$(unzip -p "$APP_JAR" vn/sohoa/app/version.properties | sed -n 's/^version=//p' | tr -d '\r')"
NUMERIC="${VERSION%%-*}"                        # 0.1.0-SNAPSHOT -> 0.1.0 (MSI and macOS want x.y.z)
PKG_VERSION="$NUMERIC"
[ "$VERSION" = "$NUMERIC" ] || PKG_VERSION="$NUMERIC~$(tr 'A-Z' 'a-z' <<<"${VERSION#*-}")"  # sorts before 0.1.0
say "SoHoa $VERSION (package $PKG_VERSION)"

rm -rf "$STAGE" "$TARGET/image"
mkdir -p "$STAGE/input" "$STAGE/icons" "$TARGET"

# 2. The input: every runtime jar but JavaFX (linked into the runtime), and the models.
cp "$APP_JAR" "$STAGE/input/"
find "$LIB" -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$STAGE/input/" \;
[ "$TYPE" = deb ] && "$HERE/trim-jars.sh" "$STAGE/input"
"$JAVA_HOME/bin/java" "$HERE/StoreJars.java" "$STAGE/input"   # the package compressor does better on stored jars
mkdir -p "$STAGE/input/ocr-models"
cp -r "$ROOT/ocr-models/models.tsv" "$ROOT/ocr-models/fast" "$ROOT/ocr-models/best" "$STAGE/input/ocr-models/"
"$JAVA_HOME/bin/java" -Djava.awt.headless=true "$HERE/icons/MakeIcons.java" "$STAGE/icons"

# 3. The runtime: jdeps' modules + runtime-modules.txt + JavaFX, without debug data, headers, man pages.
MODULES="$("$HERE/modules.sh" "$APP_JAR" "$LIB")"
FX_JARS="$(ls "$LIB"/javafx-*-*.jar | grep -E -- '-(linux|win|mac|mac-aarch64|linux-aarch64)\.jar$' | paste -sd"$( [ "$TYPE" = msi ] && echo ';' || echo ':')" -)"
say "jlink $MODULES,javafx.controls"
"$JAVA_HOME/bin/jlink" --module-path "$FX_JARS" --add-modules "$MODULES,javafx.controls" \
  --strip-debug --no-header-files --no-man-pages --include-locales=en,vi \
  --output "$STAGE/runtime"
# JavaFX's natives sit inside its jars; placed in the runtime's library folder they are loaded from
# there, instead of being unpacked into ~/.openjfx at every first start.
NATIVE_DIR="$STAGE/runtime/lib"; [ "$TYPE" = msi ] && NATIVE_DIR="$STAGE/runtime/bin"
for jar in $(tr ':;' '  ' <<<"$FX_JARS"); do
  unzip -q -o "$jar" '*.so' '*.dll' '*.dylib' -d "$NATIVE_DIR" 2>/dev/null || true
done

# 4. The application image.
# -Xmx512m: the heap the dev launcher gives the desktop. jpackage's launcher has one set of options
# for the desktop and the command line alike, so the installed `sohoa ocr` gets 512 MB too, not the
# dev launcher's 384 MB for the command line (bench/README.md, OCR run 6). Without a ceiling the JVM
# takes a quarter of the RAM and the heap grows with the page count (OCR run 3). train-aot.sh trains
# the AOT cache through this same configuration, so the cache matches these options.
# -XX:MaxGCPauseMillis=50: the desktop's pause goal, as the dev launcher gives it (G1's default is 200 ms).
JAVA_OPTIONS=(--java-options "-Xmx512m" --java-options "-XX:MaxGCPauseMillis=50"
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --java-options "-Dsohoa.models=\$APPDIR/ocr-models")
COMMON=(--name sohoa --app-version "$NUMERIC" --vendor "SoHoa"
  --description "SoHoa: số hóa hồ sơ vụ án, chứng cứ điện tử ký số / digitized court case files as signed evidence"
  --copyright "AGPL-3.0-or-later")
ICON="$STAGE/icons/sohoa.png"; [ "$TYPE" = msi ] && ICON="$STAGE/icons/sohoa.ico"; [ "$TYPE" = dmg ] && ICON="$STAGE/icons/sohoa.icns"
LAUNCHERS=(); [ "$TYPE" = msi ] && LAUNCHERS=(--add-launcher "sohoa-cli=$HERE/windows/sohoa-cli.properties")
say "jpackage app-image"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$TARGET/image" "${COMMON[@]}" \
  --input "$STAGE/input" --main-jar "$(basename "$APP_JAR")" --main-class vn.sohoa.app.Main \
  --runtime-image "$STAGE/runtime" --icon "$ICON" "${JAVA_OPTIONS[@]}" "${LAUNCHERS[@]}"
IMAGE="$(find "$TARGET/image" -mindepth 1 -maxdepth 1 | head -n 1)"
# Windows: cli\sohoa.cmd runs the console launcher; windows/main.wxs puts that folder on the PATH.
if [ "$TYPE" = msi ]; then mkdir -p "$IMAGE/cli" && cp "$HERE/windows/cli/sohoa.cmd" "$IMAGE/cli/"; fi
# best/ and fast/ share osd.traineddata (10.5 MB): keep one copy, the other a relative link.
APPDIR="$(dirname "$(find "$IMAGE" -name models.tsv | head -n 1)")"
if [ "$TYPE" != msi ] && cmp -s "$APPDIR/fast/osd.traineddata" "$APPDIR/best/osd.traineddata"; then
  ln -sf ../fast/osd.traineddata "$APPDIR/best/osd.traineddata"
fi
# Linux: an AOT cache of the desktop's start (train-aot.sh), for the time from launch to window.
if [ "$TYPE" = deb ] || [ "$TYPE" = app-image ]; then "$HERE/train-aot.sh" "$IMAGE"; fi
[ "$TYPE" = app-image ] && { say "image: $IMAGE"; exit 0; }

# 5. The package.
rm -f "$TARGET"/*."$TYPE"
FA="$STAGE/asice.properties"
sed "s|@ICON@|$ICON|" "$HERE/file-associations/asice.properties" > "$FA"
case "$TYPE" in
  deb)
    # zstd -9 (dpkg >= 1.21.18: Debian 12, Ubuntu 21.10): seconds instead of xz's minutes, ~5% larger.
    export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-zstd}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-9}"
    "$JAVA_HOME/bin/jpackage" --type deb --dest "$TARGET" --app-image "$IMAGE" "${COMMON[@]}" --license-file "$ROOT/LICENSE" \
      --app-version "$PKG_VERSION" --resource-dir "$HERE/linux" --icon "$ICON" --file-associations "$FA" \
      --linux-package-name sohoa --linux-deb-maintainer "sohoa@localhost" --linux-menu-group "Office" \
      --linux-app-category misc --linux-shortcut \
      --linux-package-deps "libgtk-3-0, libstdc++6, fontconfig, fonts-dejavu-core" ;;
  msi)
    "$JAVA_HOME/bin/jpackage" --type msi --dest "$TARGET" --app-image "$IMAGE" "${COMMON[@]}" --license-file "$ROOT/LICENSE" \
      --resource-dir "$HERE/windows" --icon "$ICON" --file-associations "$FA" \
      --win-menu --win-menu-group "SoHoa" --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 5b0c6f0e-3d0a-4f57-9a43-1c4f2e7d9a11 ;;
  dmg)
    "$JAVA_HOME/bin/jpackage" --type dmg --dest "$TARGET" --app-image "$IMAGE" "${COMMON[@]}" --license-file "$ROOT/LICENSE" \
      --icon "$ICON" --file-associations "$FA" \
      --mac-package-identifier vn.sohoa.app --mac-package-name SoHoa ;;
esac
say "built $(ls "$TARGET"/*."$TYPE")"
