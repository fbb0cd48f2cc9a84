#!/usr/bin/env bash
# bench/sign: signing N PDFs (default 100) with a PKCS#12 key, B-B and B-T. Usage: bench/sign/run.sh [N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
"$ROOT/sohoa" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CP="$(compgen -G "$ROOT/app/target/sohoa-app-*.jar" | head -n 1):$ROOT/app/target/lib/*"
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -cp "$CP" "$ROOT/bench/sign/SignMany.java" "$work" "${1:-100}"
