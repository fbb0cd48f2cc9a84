#!/usr/bin/env bash
# Prints, comma-separated, the JDK modules the SoHoa runtime needs: what jdeps finds in the app's
# jars plus runtime-modules.txt (modules used by name or through services). JavaFX is not listed:
# build.sh links it from its own modular jars. Usage: modules.sh APP_JAR LIB_DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_jar="$1" lib="$2"
# The jars go on the class path, not in as modules: several of s3proxy's modular jars require modules
# that nothing ships (opentelemetry, snakeyaml…), and jdeps stops at those. -R follows what the app's
# classes reach through them.
class_path="$(ls "$lib"/*.jar | grep -v -e '/javafx-' | paste -sd: -)"
found="$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps -R --print-module-deps -q \
  --class-path "$class_path" "$app_jar")"
extra="$(grep -v '^#' "$HERE/runtime-modules.txt" | awk 'NF {print $1}')"
{ tr ',' '\n' <<<"$found"; echo "$extra"; echo java.xml; } | sort -u | paste -sd, -
