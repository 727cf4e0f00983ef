#!/usr/bin/env bash
# README command 2: installs what the tests need, then runs every test and ends with one summary line.
# Steps: cargo fmt --check, Biome (the JavaScript's lint and format), the shell's module graph (no
# import circles), native unit tests, the server's tests (lectern-server: unit and loopback
# integration) and its binary (the end-to-end relay spec runs it), clippy over the workspace,
# wasm-bindgen-test in headless Chromium, the release build, its first-load weight against the
# budget (scripts/weight.mjs), and the end-to-end tests against that build in Chromium. Exit status
# is non-zero if any failed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set +e
cd "$ROOT"

passed=()
failed=()
step() {
  local name="$1"; shift
  log "$name"
  local started=$SECONDS
  if "$@"; then
    passed+=("$name")
    log "$name: passed in $((SECONDS - started)) s"
  else
    failed+=("$name")
    log "$name: FAILED"
  fi
}
summary() {
  local total=$(( ${#passed[@]} + ${#failed[@]} ))
  if [ ${#failed[@]} -eq 0 ]; then
    echo "TEST SUMMARY: PASS (${#passed[@]}/${total} steps: ${passed[*]/%/;}) in ${SECONDS} s"
    exit 0
  fi
  echo "TEST SUMMARY: FAIL (${#failed[@]}/${total} steps failed: ${failed[*]/%/;}) in ${SECONDS} s"
  exit 1
}

(set -e; install_build_tools; install_browser) || { failed+=("install"); summary; }

export CHROMEDRIVER=/usr/bin/chromedriver
step "rust format" cargo fmt --check
step "javascript lint and format" npx biome ci .
step "module graph (no import circles)" python3 scripts/module-graph.py
step "native unit tests" cargo test --locked
step "server tests" cargo test --locked -p lectern-server
# The end-to-end relay spec (tests/e2e/relay.spec.mjs) runs the server's own binary.
step "server build" cargo build --locked --profile server -p lectern-server
step "clippy" cargo clippy --locked --workspace --all-targets -- -D warnings
# The app only (the workspace's default member): the server is not built for wasm32.
step "clippy (wasm32)" cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features split -- -D warnings
step "browser unit tests" cargo test --locked --target wasm32-unknown-unknown --test web
step "release build" build_release
if [[ " ${failed[*]} " == *" release build "* ]]; then
  failed+=("end-to-end (no build to test)")
else
  step "weight gate" node scripts/weight.mjs dist
  step "end-to-end" npx playwright test
fi
summary
