#!/usr/bin/env bash
# README command 1: installs what is missing, builds the release app and serves dist/ with the demo feed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_build_tools
build_release
PORT="${PORT:-8080}"
log "Serving dist/ (Ctrl-C stops it)"
exec node "$ROOT/scripts/static-server.mjs" "$ROOT/dist" "$PORT"
