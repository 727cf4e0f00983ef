//! Lectern's own server: serves a built `dist/` as the best static hosts do, and relays feeds
//! whose servers do not allow cross-origin reads (`GET /relay?url=`), as `../shared/interface.md`
//! ("Serving", "The feed relay") fixes.
//!
//! The stack, and why:
//! - **axum 0.8 on hyper 1 and tokio** (no default features: HTTP/1, no extractors we do not use):
//!   the smallest widely used router that gives connection info (the rate limit needs the peer
//!   address) and HEAD handling for free.
//! - **reqwest 0.12 with rustls** (ring; no OpenSSL, no system proxy, no cookie store, no
//!   transparent decompression), its TLS settings built once from Mozilla's roots and the system's
//!   (`relay::tls`): one client *per hop*, built with the addresses this server
//!   resolved and checked itself (`resolve_to_addrs`) and a resolver that refuses every other
//!   lookup, so a second DNS answer can never rebind a checked name.
//! - **url** (the WHATWG parser, already under reqwest): it reads every IPv4 spelling a browser
//!   accepts (`2130706433`, `0x7f000001`, `127.1`, octal, a trailing dot) into one address,
//!   which the address rules then check.
//! - **brotli, flate2, sha2**: every file is compressed once at startup and named by a strong
//!   ETag; nothing is compressed per request.
//!
//! Modules: [`config`] (environment and limits), [`assets`] (dist/ loaded into memory),
//! [`files`] (answering for them), [`encoding`] (Accept-Encoding), [`relay`] (the relay),
//! [`error`] (JSON error answers).

pub mod assets;
pub mod config;
pub mod encoding;
pub mod error;
pub mod files;
pub mod relay;

#[cfg(test)]
mod fuzz;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;

pub use config::{Config, RelayConfig};

/// Everything a request handler reads: the files, the relay's state. Built once.
pub struct State {
    pub assets: assets::Assets,
    pub relay: Arc<relay::Relay>,
}

/// Loads `config.dist` (compressing every file) and builds the router.
pub fn app(config: Config) -> Result<Router, String> {
    let assets = assets::Assets::load(&config.dist)?;
    let state = Arc::new(State { assets, relay: Arc::new(relay::Relay::new(config.relay)?) });
    Ok(Router::new()
        .route("/relay", get(relay::handle).fallback(relay::other_method))
        .fallback(files::handle)
        .with_state(state))
}

/// Serves `router` on `listener` until the process ends; the peer address reaches handlers
/// (the relay's rate limit is per client address).
pub async fn serve(listener: TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await
}
