//! The server's settings: read from the environment once, with the relay's limits in one struct
//! so tests can shorten the clock (the defaults are the interface's: 5 s, 20 s, 20 MB, 120/min).

use std::path::PathBuf;
use std::time::Duration;

/// What `main` reads from the environment.
pub struct Config {
    /// `HOST:PORT` to listen on (`HOST` default 127.0.0.1, `PORT` default 8080).
    pub address: String,
    /// The directory served (`LECTERN_DIST`, default `<repo>/dist`).
    pub dist: PathBuf,
    pub relay: RelayConfig,
}

/// The relay's limits and exemptions.
#[derive(Clone, Debug)]
pub struct RelayConfig {
    /// `LECTERN_RELAY_ALLOW`: `host:port` pairs reachable although loopback or private (tests).
    pub allow: Vec<(String, u16)>,
    /// Time to open a connection to the origin (interface: 5 s).
    pub connect_timeout: Duration,
    /// Time for the whole answer, every redirect and the last byte included (interface: 20 s).
    pub total_timeout: Duration,
    /// Largest body relayed, counted while it streams (interface: 20 MB).
    pub max_body: usize,
    /// Longest `url` parameter, in bytes: 2,048, the limit browsers and CDNs have long shared and
    /// the one the app's library keeps for its own addresses.
    pub max_url: usize,
    /// Redirects followed, each checked again (interface: at most 5).
    pub max_redirects: usize,
    /// Requests a minute per client address, also the burst a client may send at once.
    pub per_minute: u32,
    /// Origin fetches at once (coalesced readers of one URL share one): with `max_body` this bounds
    /// the bodies held while streaming to 32 × 20 MB in the worst case; later fetches wait their
    /// turn inside their 20 s.
    pub max_fetches: usize,
    /// The cache's bounds: total body bytes and entries.
    pub cache_bytes: usize,
    pub cache_entries: usize,
    /// `LECTERN_TRUST_FORWARDED=1`: behind a reverse proxy, the client is the last address of
    /// `X-Forwarded-For` (the one the proxy appended), not the proxy itself.
    pub trust_forwarded: bool,
}

impl Default for RelayConfig {
    fn default() -> Self {
        RelayConfig {
            allow: Vec::new(),
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(20),
            max_body: 20_000_000,
            max_url: 2048,
            max_redirects: 5,
            per_minute: 120,
            max_fetches: 32,
            cache_bytes: 32 * 1024 * 1024,
            cache_entries: 512,
            trust_forwarded: false,
        }
    }
}

impl Config {
    /// Reads `HOST`, `PORT`, `LECTERN_DIST`, `LECTERN_RELAY_ALLOW`, `LECTERN_TRUST_FORWARDED`.
    pub fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let host = var("HOST").unwrap_or_else(|| "127.0.0.1".into());
        let port: u16 = match var("PORT") {
            None => 8080,
            Some(port) => port.parse().map_err(|_| format!("PORT={port} is not a port number"))?,
        };
        // An IPv6 host is written in brackets in a socket address.
        let address = if host.contains(':') && !host.starts_with('[') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let dist = var("LECTERN_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("dist"));
        let allow = match var("LECTERN_RELAY_ALLOW") {
            None => Vec::new(),
            Some(list) => parse_allow(&list)?,
        };
        let trust_forwarded = var("LECTERN_TRUST_FORWARDED").is_some_and(|value| value == "1");
        Ok(Config { address, dist, relay: RelayConfig { allow, trust_forwarded, ..RelayConfig::default() } })
    }
}

/// `host:port,host:port` (IPv6 hosts in brackets) → lower-cased pairs; a bad entry is an error at
/// startup rather than an exemption silently missing.
pub fn parse_allow(list: &str) -> Result<Vec<(String, u16)>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (host, port) =
                entry.rsplit_once(':').ok_or_else(|| format!("LECTERN_RELAY_ALLOW: {entry} is not host:port"))?;
            let port = port.parse().map_err(|_| format!("LECTERN_RELAY_ALLOW: {entry} has no valid port"))?;
            let host = host.trim_start_matches('[').trim_end_matches(']').trim_end_matches('.').to_ascii_lowercase();
            if host.is_empty() {
                return Err(format!("LECTERN_RELAY_ALLOW: {entry} has no host"));
            }
            Ok((host, port))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_list_entries() {
        assert_eq!(
            parse_allow("127.0.0.1:8081, [::1]:9000,Example.COM.:80,").unwrap(),
            vec![("127.0.0.1".into(), 8081), ("::1".into(), 9000), ("example.com".into(), 80)]
        );
        assert!(parse_allow("localhost").is_err());
        assert!(parse_allow("localhost:http").is_err());
        assert!(parse_allow(":80").is_err());
    }

    #[test]
    fn defaults_are_the_interfaces() {
        let config = RelayConfig::default();
        assert_eq!(config.total_timeout, Duration::from_secs(20));
        assert_eq!(config.connect_timeout, Duration::from_secs(5));
        assert_eq!(config.max_body, 20_000_000);
        assert_eq!(config.max_redirects, 5);
        assert_eq!(config.per_minute, 120);
    }
}
