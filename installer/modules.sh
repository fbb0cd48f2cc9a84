#!/usr/bin/env bash
# Prints, comma-separated, the JDK modules the SoHoa runtime needs: what jdeps finds in the app's
# jars plus runtime-modules.txt (modules used by name or through services). JavaFX is not listed:
# build.sh links it from its own modular jars. Usage: modules.sh APP_JAR LIB_DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_jar="$1" lib="$2"
# jakarta.xml.bind-api is a module requiring jakarta.activation, which nothing ships; jdeps stops
# at such a module, so it is left out of the analysis (it needs only java.xml and java.logging).
mapfile -t jars < <(ls "$lib"/*.jar | grep -v -e '/javafx-' -e '/jakarta.xml.bind-api-')
found="$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps -q \
  "$app_jar" "${jars[@]}")"
extra="$(grep -v '^#' "$HERE/runtime-modules.txt" | awk 'NF {print $1}')"
{ tr ',' '\n' <<<"$found"; echo "$extra"; echo java.xml; } | sort -u | paste -sd, -
