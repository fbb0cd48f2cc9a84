#!/usr/bin/env bash
# Removes from the staged copies of third-party jars what a Linux x86-64 install never loads: other
# platforms' natives (sqlite-jdbc, JNA, Tess4J, Lept4J) and Tess4J's own copy of the eng/osd models
# (SoHoa reads its verified models from ocr-models/). Signed jars are left alone.
# Usage: trim-jars.sh DIR   (DIR holds the staged jars; the files in app/target/lib are not touched)
set -euo pipefail
dir="$1"
trim() { # jar-glob pattern...
  local jar
  for jar in "$dir"/$1; do
    [ -f "$jar" ] || continue
    if unzip -l "$jar" | grep -q 'META-INF/.*\.SF$'; then continue; fi
    shift_patterns=("${@:2}")
    zip -q -d "$jar" "${shift_patterns[@]}" >/dev/null 2>&1 || true   # zip exits 12 when nothing matched
  done
}
trim 'sqlite-jdbc-*.jar' 'org/sqlite/native/Windows/*' 'org/sqlite/native/Mac/*' 'org/sqlite/native/FreeBSD/*' \
  'org/sqlite/native/Linux-Musl/*' 'org/sqlite/native/Linux-Android/*' 'org/sqlite/native/Linux/aarch64/*' \
  'org/sqlite/native/Linux/arm*' 'org/sqlite/native/Linux/ppc64/*' 'org/sqlite/native/Linux/riscv64/*' \
  'org/sqlite/native/Linux/x86/*'
trim 'jna-*.jar' 'com/sun/jna/win32-*' 'com/sun/jna/sunos-*' 'com/sun/jna/darwin*' 'com/sun/jna/freebsd-*' \
  'com/sun/jna/openbsd-*' 'com/sun/jna/aix-*' 'com/sun/jna/linux-arm*' 'com/sun/jna/linux-aarch64/*' \
  'com/sun/jna/linux-x86/*' 'com/sun/jna/linux-ppc*' 'com/sun/jna/linux-mips*' 'com/sun/jna/linux-s390x/*' \
  'com/sun/jna/linux-riscv64/*' 'com/sun/jna/linux-loongarch64/*' 'com/sun/jna/dragonflybsd-*'
trim 'tess4j-*.jar' 'win32-*' 'tessdata/*.traineddata'
trim 'lept4j-*.jar' 'win32-*'
