#!/usr/bin/env bash
# Size benchmark: builds the release app and prints each shipped file's size raw and gzipped (-9).
# Usage: bash scripts/bench-size.sh [DIST_DIR]   (default: a fresh build in dist/)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dist="${1:-}"
if [ -z "$dist" ]; then
  install_build_tools
  build_release
  dist="$ROOT/dist"
fi
printf '%-12s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
for pattern in '*.wasm' '*.js' '*.css' 'index.html'; do
  for file in "$dist"/$pattern; do
    [ -f "$file" ] || continue
    raw=$(wc -c < "$file"); gz=$(gzip -9 -c "$file" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    kind="${file##*.}"; [ "$(basename "$file")" = index.html ] && kind=index.html
    printf '%-12s %10d %10d\n' "$kind" "$raw" "$gz"
  done
done
printf '%-12s %10d %10d\n' total "$total_raw" "$total_gz"
