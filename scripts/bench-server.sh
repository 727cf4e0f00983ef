#!/usr/bin/env bash
# Load figures for Lectern's server (docs/BENCHMARKS.md, "Server"), on loopback only:
#  1. requests per second (wrk) for index.html and the first-load Wasm, from lectern-server, from
#     scripts/static-server.mjs and from Debian's nginx, all serving the same directory;
#  2. 200 concurrent relay requests to a slow local origin, with lectern-server's resident memory
#     (VmRSS) before, at its peak during, and after.
# Serves LECTERN_DIST, else dist/ if built, else a stand-in built into target/bench-dist (say which).
# Needs wrk and nginx (apt-get install -y nginx wrk). DURATION (s, default 10), CONNECTIONS (50).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-50}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "bench-server.sh: needs wrk (apt-get install -y wrk)" >&2; exit 1; }

log "Building lectern-server (profile server)"
cargo build --locked --profile server -p lectern-server
SERVER="${CARGO_TARGET_DIR:-$ROOT/target}/server/lectern-server"

# A stand-in for dist/: the repository's own page (its CSP written by scripts/csp.mjs), stylesheets,
# feed, service worker and embed.js under the build's names, a real Rust/Wasm app as the Wasm
# (walrus's dodrio-todomvc fixture, if cargo's registry has it) and the repository's JS as the glue.
standin() {
  local dir="$1" wasm hash
  rm -rf "$dir" && mkdir -p "$dir"
  wasm="$(find "$HOME/.cargo/registry/src" -name dodrio-todomvc.wasm 2>/dev/null | head -1)"
  if [ -n "$wasm" ]; then cp "$wasm" "$dir/app.wasm"; else head -c 600000 "$SERVER" > "$dir/app.wasm"; fi
  cat public/embed.js public/sw.js scripts/*.mjs > "$dir/app.js"
  hash="$(cat "$dir/app.wasm" "$dir/app.js" | sha256sum | cut -c1-16)"
  mv "$dir/app.wasm" "$dir/lectern-${hash}_bg.wasm"
  mv "$dir/app.js" "$dir/lectern-${hash}.js"
  for css in main themes; do
    cp "style/$css.css" "$dir/$css-$(sha256sum < "style/$css.css" | cut -c1-16).css"
  done
  cp public/feed.json public/favicon.svg public/sw.js public/embed.js public/embed-demo.html "$dir/"
  local links
  links="$(cd "$dir" && for css in main-*.css themes-*.css; do printf '<link rel="stylesheet" href="%s">' "$css"; done)"
  sed -e '/data-trunk/d' -e "s#</head>#$links<script type=\"module\">import init from './lectern-${hash}.js'; init('./lectern-${hash}_bg.wasm');</script></head>#" \
    index.html > "$dir/index.html"
  node scripts/csp.mjs "$dir" >/dev/null
}

if [ -n "${LECTERN_DIST:-}" ]; then
  DIST="$LECTERN_DIST"; WHAT="LECTERN_DIST"
elif [ -f dist/index.html ]; then
  DIST="$ROOT/dist"; WHAT="the release build in dist/"
else
  DIST="$ROOT/target/bench-dist"; WHAT="a stand-in (no dist/ built): target/bench-dist"
  standin "$DIST"
fi
WASM="$(cd "$DIST" && ls lectern-*_bg.wasm | head -1)"
log "Serving $WHAT; Wasm $WASM ($(stat -c %s "$DIST/$WASM") B), index.html $(stat -c %s "$DIST/index.html") B"

# Waits until something answers on PORT (no fixed sleeps).
wait_port() {
  for _ in $(seq 1 600); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "nothing answered on port $1" >&2; return 1
}

# Start lectern-server, timing startup (loading and compressing every file) until it answers.
started=$(date +%s%N)
PORT=18080 LECTERN_DIST="$DIST" "$SERVER" > "$WORK/server.log" 2>&1 &
PIDS+=($!)
wait_port 18080
log "lectern-server answered after $(( ($(date +%s%N) - started) / 1000000 )) ms (files loaded, brotli 11 and gzip 9 once); RSS $(grep VmRSS /proc/${PIDS[0]}/status | awk '{print $2}') kB"

node scripts/static-server.mjs "$DIST" 18081 > "$WORK/node.log" 2>&1 &
PIDS+=($!)
wait_port 18081

NGINX=""
if command -v nginx >/dev/null; then
  cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:18082; root $DIST; }
}
CONF
  nginx -c "$WORK/nginx.conf" && wait_port 18082 && NGINX=1
fi

bench() {
  local name="$1" url="$2" encoding="$3"
  local out
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Accept-Encoding: $encoding" "$url")"
  printf '%-62s %12s req/s  %10s/s  latency avg %s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '/Transfer\/sec/ {print $2}' <<<"$out")" \
    "$(awk '/Latency/ {print $2; exit}' <<<"$out")"
}
log "wrk -t2 -c$CONNECTIONS -d${DURATION}s, Accept-Encoding as a browser sends it (gzip, deflate, br)"
for file in index.html "$WASM"; do
  bench "lectern-server  $file (br)" "http://127.0.0.1:18080/$file" "gzip, deflate, br"
  bench "lectern-server  $file (identity)" "http://127.0.0.1:18080/$file" "identity"
  bench "static-server.mjs $file" "http://127.0.0.1:18081/$file" "gzip, deflate, br"
  [ -n "$NGINX" ] && bench "nginx $file" "http://127.0.0.1:18082/$file" "gzip, deflate, br"
done
kill "${PIDS[@]}" 2>/dev/null || true
PIDS=()

log "Relay: 200 concurrent requests to an origin that answers after 1 s (50 KB, no-store)"
node scripts/bench-relay.mjs origin 18090 1000 50000 > "$WORK/origin.log" 2>&1 &
PIDS+=($!)
wait_port 18090
PORT=18083 LECTERN_DIST="$DIST" LECTERN_RELAY_ALLOW=127.0.0.1:18090 "$SERVER" > "$WORK/relay.log" 2>&1 &
RELAY_PID=$!
PIDS+=($RELAY_PID)
wait_port 18083
log "distinct URLs (200 origin fetches, 32 at a time):"
node scripts/bench-relay.mjs load http://127.0.0.1:18083 http://127.0.0.1:18090 200 "$RELAY_PID"
log "one URL (coalesced: one origin fetch):"
node scripts/bench-relay.mjs load http://127.0.0.1:18083 http://127.0.0.1:18090 200 "$RELAY_PID" same
log "relay log lines: $(grep -c '^relay ' "$WORK/relay.log"); the last: $(grep '^relay ' "$WORK/relay.log" | tail -1)"
