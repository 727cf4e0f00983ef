# Shared helpers for Lectern's scripts: logging, and idempotent installs of the toolchain.
# Sourced, not run. Every install checks first, so a second run installs nothing.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_BINDGEN_VERSION="0.2.130"
TRUNK_VERSION="0.21"
WASM_SPLIT_VERSION="0.2.4"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm32 target, trunk, wasm-bindgen-cli (same version as Cargo.lock), wasm-split-cli (the same
# wasm_split line as Cargo.lock's wasm_split_helpers) and wasm-opt (npm binaryen).
install_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q "^trunk ${TRUNK_VERSION}\."; then
    log "Installing trunk ${TRUNK_VERSION} (about 8 minutes, once)"
    cargo install trunk --version "^${TRUNK_VERSION}" --locked
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$"; then
    log "Installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 2 minutes, once)"
    # Not --locked: one dependency pinned in its lock file is gone from the registry.
    cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
  fi
  # The cli has no --version: cargo's list of installed packages says which one is there.
  if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -qx "wasm_split_cli_support v${WASM_SPLIT_VERSION}:"; then
    log "Installing wasm-split-cli ${WASM_SPLIT_VERSION} (about 1 minute, once)"
    cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked --force
  fi
  install_node_packages
}

# npm packages from package-lock.json: binaryen (wasm-opt) and the end-to-end test tools.
install_node_packages() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/@playwright/test" ] \
     || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "Installing npm packages (binaryen, playwright)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian's Chromium and ChromeDriver for the browser tests.
install_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "Installing chromium and chromium-driver from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
}

# The release build in dist/.
build_release() {
  log "Building the release app into dist/"
  (cd "$ROOT" && trunk build --release)
}
