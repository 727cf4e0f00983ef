#!/usr/bin/env bash
# README command 1: installs what is missing, builds the release app, then serves dist/ (with the
# demo feed) through Lectern's own server, which adds the feed relay (/relay). Environment (see the
# README, "Running Lectern on a server"): PORT (8080), HOST (127.0.0.1), LECTERN_DIST (dist/),
# LECTERN_RELAY_ALLOW, LECTERN_TRUST_FORWARDED; LECTERN_SKIP_BUILD=1 serves without installing or
# building the app (the server itself is still built if its binary is missing).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ "${LECTERN_SKIP_BUILD:-}" != "1" ]; then
  install_build_tools
  build_release
fi

SERVER="${CARGO_TARGET_DIR:-$ROOT/target}/server/lectern-server"
if [ "${LECTERN_SKIP_BUILD:-}" != "1" ] || [ ! -x "$SERVER" ]; then
  log "Building Lectern's server (cargo build --profile server -p lectern-server)"
  (cd "$ROOT" && cargo build --locked --profile server -p lectern-server)
fi

export PORT="${PORT:-8080}"
export HOST="${HOST:-127.0.0.1}"
export LECTERN_DIST="${LECTERN_DIST:-$ROOT/dist}"
log "Serving $LECTERN_DIST through Lectern's server (Ctrl-C stops it)"
exec "$SERVER"
