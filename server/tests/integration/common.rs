//! What the tests share: a stand-in dist/ on disk, the server started on it, a feed origin, a client.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use lectern_server::{Config, RelayConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'";
/// Stands in for `feed.json.gz` (only its being sent verbatim is checked).
pub const PRECOMPRESSED: &[u8] = b"\x1f\x8b precompressed at build time";
pub const HASHED_JS: &str = "lectern-0123456789abcdef.js";
pub const HASHED_WASM: &str = "lectern-0123456789abcdef_bg.wasm";

/// A dist/ like a build's, in a fresh directory, with a symlink pointing out of it.
pub fn dist() -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    // Under target/tmp (cargo's directory for integration tests), one per test, emptied first.
    let name = format!("lectern-server-{}", COUNT.fetch_add(1, Ordering::SeqCst));
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let dir = base.join("dist");
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    let index = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<title>Lectern</title></head><body>{}</body></html>\n",
        "<p>Loading Lectern…</p>\n".repeat(40)
    );
    std::fs::write(dir.join("index.html"), index).unwrap();
    std::fs::write(dir.join(HASHED_JS), "export function start() { return 'lectern'; }\n".repeat(100)).unwrap();
    let wasm: Vec<u8> = b"\0asm\x01\0\0\0".iter().copied().chain((0..20_000u32).map(|i| (i % 7) as u8)).collect();
    std::fs::write(dir.join(HASHED_WASM), wasm).unwrap();
    std::fs::write(dir.join("sw.js"), "self.addEventListener('fetch', () => {});\n".repeat(20)).unwrap();
    std::fs::write(dir.join("embed.js"), "const ASSETS = {};\n".repeat(30)).unwrap();
    std::fs::write(
        dir.join("feed.json"),
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Demo\", \"items\": []}\n",
    )
    .unwrap();
    std::fs::write(dir.join("fonts/literata-latin-400-normal.woff2"), b"wOF2 not really a font").unwrap();
    // A precompressed file beside its original: served as is, never recompressed.
    std::fs::write(dir.join("feed.json.gz"), PRECOMPRESSED).unwrap();
    std::fs::write(base.join("secret.txt"), "outside the served directory\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(base.join("secret.txt"), dir.join("leak.txt")).unwrap();
    dir
}

/// Starts the server on `dist` with `relay` limits, on a free loopback port.
pub async fn server(dist: &Path, relay: RelayConfig) -> SocketAddr {
    let config = Config { address: "127.0.0.1:0".into(), dist: dist.to_path_buf(), relay };
    let router = lectern_server::app(config).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(lectern_server::serve(listener, router));
    address
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// Sends `path` as written (no client normalises it) and returns the status code.
pub async fn raw_status(address: SocketAddr, path: &str) -> u16 {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8_lossy(&answer);
    text.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

/// What the origin saw.
#[derive(Default)]
pub struct Seen {
    pub hits: AtomicUsize,
    pub popular_hits: AtomicUsize,
    pub headers: Mutex<Vec<HeaderMap>>,
}

pub struct Origin {
    pub address: SocketAddr,
    pub seen: Arc<Seen>,
    /// Opens the gate `/popular` waits behind.
    pub release: tokio::sync::watch::Sender<bool>,
}

pub const FEED: &str = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"No CORS\", \"items\": []}";

/// A feed origin as most are: no CORS header, a cookie on every answer.
pub async fn origin() -> Origin {
    let seen = Arc::new(Seen::default());
    let (release, gate) = tokio::sync::watch::channel(false);
    let feed_seen = Arc::clone(&seen);
    let popular_seen = Arc::clone(&seen);
    let router = Router::new()
        .route(
            "/feed.json",
            get(move |headers: HeaderMap| {
                let seen = Arc::clone(&feed_seen);
                async move {
                    seen.hits.fetch_add(1, Ordering::SeqCst);
                    seen.headers.lock().unwrap().push(headers.clone());
                    if headers.get(header::IF_NONE_MATCH).is_some_and(|tag| tag == "\"v1\"") {
                        return StatusCode::NOT_MODIFIED.into_response();
                    }
                    (
                        [
                            (header::CONTENT_TYPE, "application/feed+json"),
                            (header::SET_COOKIE, "session=secret; Path=/"),
                            (header::ETAG, "\"v1\""),
                            (header::CACHE_CONTROL, "no-cache"),
                        ],
                        FEED,
                    )
                        .into_response()
                }
            }),
        )
        .route(
            "/popular.json",
            get(move || {
                let seen = Arc::clone(&popular_seen);
                let mut gate = gate.clone();
                async move {
                    seen.popular_hits.fetch_add(1, Ordering::SeqCst);
                    let _ = gate.wait_for(|open| *open).await;
                    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "max-age=60")], FEED)
                }
            }),
        )
        .route("/error", get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "broken") }))
        .route("/to-feed", get(|| async { redirect("/feed.json") }))
        .route("/to-private", get(|| async { redirect("http://127.0.0.1:1/feed.json") }))
        .route("/to-metadata", get(|| async { redirect("http://169.254.169.254/latest/meta-data/") }))
        .route("/to-mapped", get(|| async { redirect("http://[::ffff:7f00:1]:1/") }))
        .route("/loop", get(|| async { redirect("/loop") }))
        .route("/big", get(|| async { streamed(25 * 1024 * 1024) }))
        .route("/big-declared", get(|| async { vec![b'x'; 25 * 1024 * 1024] }))
        .route("/endless", get(|| async { endless() }));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    Origin { address, seen, release }
}

fn redirect(to: &'static str) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, to)]).into_response()
}

/// `size` bytes in 64 KB chunks, with no Content-Length: only counting can stop it.
fn streamed(size: usize) -> Response {
    let chunk = bytes::Bytes::from(vec![b'x'; 64 * 1024]);
    let count = size / chunk.len();
    let stream = futures_util::stream::iter((0..count).map(move |_| Ok::<_, std::io::Error>(chunk.clone())));
    ([(header::CONTENT_TYPE, "application/json")], Body::from_stream(stream)).into_response()
}

/// One chunk, then nothing, ever.
fn endless() -> Response {
    let first = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"{\"items\": ["))]);
    let stream = futures_util::StreamExt::chain(first, futures_util::stream::pending());
    ([(header::CONTENT_TYPE, "application/json")], Body::from_stream(stream)).into_response()
}

/// Relay limits for tests: the origin allowed, the clock shortened where a test needs it.
pub fn relay_config(origin: SocketAddr) -> RelayConfig {
    RelayConfig { allow: vec![(origin.ip().to_string(), origin.port())], ..RelayConfig::default() }
}

pub fn relay_url(server: SocketAddr, target: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(target.as_bytes()).collect();
    format!("http://{server}/relay?url={encoded}")
}

/// Waits until `condition` holds, checking after each yield (no fixed sleeps).
pub async fn until(mut condition: impl FnMut() -> bool) {
    for _ in 0..1_000_000 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    panic!("condition never held");
}
