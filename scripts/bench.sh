#!/usr/bin/env bash
# Lectern's performance bench (issue 15), one command: builds the release app (unless told not
# to), then runs scripts/bench.mjs against it: Lectern vs a vanilla-JS peer vs a static page.
# Usage: bash scripts/bench.sh [--no-build | --dist DIR] [--runs N] [--compare [FILE]] [--no-lighthouse] [--quick]
#   --no-build    measure the dist/ that is there;  --dist DIR (or DIST=DIR)  measure DIR instead
#   the other options go to scripts/bench.mjs. Results: stdout and benches/results/<date>.json.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dist="${DIST:-}"
build=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --dist) dist="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
[ -n "$dist" ] && build=0

if [ "$build" = 1 ]; then
  install_build_tools
  build_release
else
  install_node_packages
fi
install_browser
log "Benchmarking ${dist:-$ROOT/dist}"
node "$ROOT/scripts/bench.mjs" --dist "${dist:-$ROOT/dist}" "${args[@]}"
log "Bench finished in ${SECONDS} s (build included)"
