#!/usr/bin/env bash
# bench/sync: SoHoa's upload of a batch (default 500 MB of real-sized documents) against
# `aws s3 cp --recursive` (Debian's awscli) to the same local s3proxy, in the same run.
# Usage: bench/sync/run.sh [TOTAL_MB] [ROUNDS] [PARALLEL_UPLOADS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/tools/jdk.sh"
sohoa_find_jdk
# Debian's awscli, not another build that may come first on PATH.
AWS=/usr/bin/aws
if [ ! -x "$AWS" ]; then
  echo "bench/sync needs Debian's awscli: apt-get install -y awscli" >&2
  exit 2
fi
echo "baseline: $("$AWS" --version 2>&1)"
"$ROOT/sohoa" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CP="$(compgen -G "$ROOT/app/target/sohoa-app-*.jar" | head -n 1):$ROOT/app/target/lib/*"
# A small fixed heap: the upload streams from the blob store, so memory must stay flat whatever the batch size.
"$JAVA_HOME/bin/java" -Xmx256m --sun-misc-unsafe-memory-access=allow -cp "$CP" "$ROOT/bench/sync/SyncBench.java" \
  "$work" "${1:-500}" "${2:-2}" "$AWS" ${3:+"$3"}
