//! One fetch from an origin: resolve the host here, check every address, connect to exactly those
//! (a per-hop client with `resolve_to_addrs`, and a resolver that refuses any other lookup), follow
//! redirects by hand (each hop checked again), and read the body while counting it.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use bytes::{Bytes, BytesMut};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use tokio::sync::Semaphore;
use url::{Host, Url};

use super::address::refused;
use crate::config::RelayConfig;
use crate::error::Failure;

/// The User-Agent the relay sends: origins see who is asking.
pub const USER_AGENT: &str = concat!("Lectern-relay/", env!("CARGO_PKG_VERSION"), " (Lectern feed reader)");

/// What an origin answered, ready to cache and relay.
#[derive(Clone, Debug)]
pub struct Document {
    pub body: Bytes,
    pub content_type: Option<HeaderValue>,
    /// The URL after redirects, against which the feed's relative links resolve.
    pub final_url: String,
    pub etag: Option<HeaderValue>,
    pub last_modified: Option<HeaderValue>,
    /// The origin's caching rules for this answer.
    pub policy: Freshness,
}

/// The origin's Cache-Control, as far as a shared cache cares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Freshness {
    /// `no-store` or `private`: not kept.
    pub no_store: bool,
    /// `s-maxage`, else `max-age`; 0 for `no-cache` or none given.
    pub max_age: Duration,
}

/// The answer of one fetch: a new document, or 304 to the validators the cache sent.
pub enum Outcome {
    Fresh(Document),
    NotModified(Freshness),
}

/// Validators of a cached copy, sent to ask the origin whether it changed.
#[derive(Clone, Default)]
pub struct Validators {
    pub etag: Option<HeaderValue>,
    pub last_modified: Option<HeaderValue>,
}

/// Fetches `url`, within `config.total_timeout` for everything, waiting for a turn among
/// `turns` included (504 past it).
pub async fn fetch(
    url: Url,
    validators: Validators,
    config: &RelayConfig,
    turns: &Semaphore,
    tls: &rustls::ClientConfig,
) -> Result<Outcome, Failure> {
    let seconds = config.total_timeout.as_secs_f64();
    let bounded = async {
        let _turn = turns.acquire().await.map_err(|_| bad_gateway("the relay is shutting down".into()))?;
        hops(url, validators, config, tls).await
    };
    tokio::time::timeout(config.total_timeout, bounded).await.unwrap_or_else(|_| {
        Err(Failure::new(StatusCode::GATEWAY_TIMEOUT, format!("the origin gave no complete answer within {seconds} s")))
    })
}

async fn hops(
    mut url: Url,
    validators: Validators,
    config: &RelayConfig,
    tls: &rustls::ClientConfig,
) -> Result<Outcome, Failure> {
    for hop in 0..=config.max_redirects {
        let addresses = resolve(&url, config).await?;
        let response = request(&url, &addresses, &validators, config, tls).await?;
        let status = response.status();
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            let location = response.headers().get(header::LOCATION).and_then(|value| value.to_str().ok());
            let Some(location) = location else {
                return Err(bad_gateway(format!("the origin answered {status} without a Location")));
            };
            if hop == config.max_redirects {
                return Err(bad_gateway(format!("the origin redirected more than {} times", config.max_redirects)));
            }
            url = next_hop(&url, location)?;
            continue;
        }
        if status == StatusCode::NOT_MODIFIED && (validators.etag.is_some() || validators.last_modified.is_some()) {
            return Ok(Outcome::NotModified(freshness(response.headers())));
        }
        if !status.is_success() {
            return Err(bad_gateway(format!("the origin answered {status}")));
        }
        return read(url, response, config).await.map(Outcome::Fresh);
    }
    // The loop returns at its last hop; this line is never reached.
    Err(bad_gateway("the origin redirected too often".into()))
}

/// The next URL of a redirect, checked as the first was (http/https, no credentials).
pub fn next_hop(from: &Url, location: &str) -> Result<Url, Failure> {
    let next = from
        .join(location)
        .map_err(|_| bad_gateway(format!("the origin redirected to a malformed address ({location})")))?;
    super::target::parse(Some(next.as_str()), usize::MAX).map_err(|failure| {
        Failure::new(
            StatusCode::BAD_GATEWAY,
            format!("the origin redirected somewhere the relay does not go: {}", failure.message),
        )
    })
}

/// The addresses to connect to: the IP of an IP host, else DNS's answer, every one of them checked.
pub async fn resolve(url: &Url, config: &RelayConfig) -> Result<Vec<SocketAddr>, Failure> {
    let port = url.port_or_known_default().unwrap_or(80);
    let (name, addresses): (String, Vec<IpAddr>) = match url.host() {
        Some(Host::Ipv4(ip)) => (ip.to_string(), vec![IpAddr::V4(ip)]),
        Some(Host::Ipv6(ip)) => (ip.to_string(), vec![IpAddr::V6(ip)]),
        Some(Host::Domain(domain)) => {
            let lookup = tokio::time::timeout(config.connect_timeout, tokio::net::lookup_host((domain, port)));
            let found = match lookup.await {
                Err(_) => return Err(bad_gateway(format!("{domain} could not be resolved in time"))),
                Ok(Err(_)) => return Err(bad_gateway(format!("{domain} could not be resolved"))),
                Ok(Ok(found)) => found.map(|address| address.ip()).collect::<Vec<_>>(),
            };
            (domain.trim_end_matches('.').to_ascii_lowercase(), found)
        }
        None => return Err(Failure::new(StatusCode::BAD_REQUEST, "the url has no host")),
    };
    if addresses.is_empty() {
        return Err(bad_gateway(format!("{name} has no address")));
    }
    check(&name, port, &addresses, &config.allow)?;
    Ok(addresses.into_iter().map(|ip| SocketAddr::new(ip, port)).collect())
}

/// Every address must be allowed: one refused address refuses the host (a name that answers
/// both a public and a private address is exactly what a rebinding attack serves).
pub fn check(name: &str, port: u16, addresses: &[IpAddr], allow: &[(String, u16)]) -> Result<(), Failure> {
    let exempt = |ip: &IpAddr| {
        allow.iter().any(|(host, allowed)| {
            *allowed == port && (host == name || host.parse::<IpAddr>().is_ok_and(|listed| listed == *ip))
        })
    };
    if super::address::blocked_port(port) && !addresses.iter().any(exempt) {
        return Err(Failure::new(
            StatusCode::FORBIDDEN,
            format!("the relay does not connect to port {port}, which browsers refuse to fetch from"),
        ));
    }
    for ip in addresses {
        let exempt = exempt(ip);
        if let Some(why) = refused(*ip).filter(|_| !exempt) {
            return Err(Failure::new(StatusCode::FORBIDDEN, format!("the relay does not reach {ip}: {why}")));
        }
    }
    Ok(())
}

/// Refuses every lookup: a hop's client may only use the addresses it was built with.
struct NoLookups;

impl Resolve for NoLookups {
    fn resolve(&self, name: Name) -> Resolving {
        let message = format!("{} was not resolved and checked by the relay", name.as_str());
        Box::pin(async move { Err(message.into()) }) as Pin<Box<dyn Future<Output = Result<Addrs, _>> + Send>>
    }
}

async fn request(
    url: &Url,
    addresses: &[SocketAddr],
    validators: &Validators,
    config: &RelayConfig,
    tls: &rustls::ClientConfig,
) -> Result<reqwest::Response, Failure> {
    let mut builder = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(config.connect_timeout)
        .user_agent(USER_AGENT)
        .referer(false)
        .use_preconfigured_tls(tls.clone())
        .dns_resolver(Arc::new(NoLookups));
    if let Some(Host::Domain(domain)) = url.host() {
        builder = builder.resolve_to_addrs(domain, addresses);
    }
    let client =
        builder.build().map_err(|error| bad_gateway(format!("the relay could not prepare a request: {error}")))?;
    let mut request = client.get(url.clone()).header(
        header::ACCEPT,
        "application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
    );
    if let Some(etag) = &validators.etag {
        request = request.header(header::IF_NONE_MATCH, etag.clone());
    }
    if let Some(date) = &validators.last_modified {
        request = request.header(header::IF_MODIFIED_SINCE, date.clone());
    }
    request.send().await.map_err(|error| {
        let host = url.host_str().unwrap_or("the origin");
        if error.is_timeout() {
            Failure::new(
                StatusCode::GATEWAY_TIMEOUT,
                format!("{host} did not accept a connection within {} s", config.connect_timeout.as_secs_f64()),
            )
        } else {
            bad_gateway(format!("{host} could not be reached ({})", root_cause(&error)))
        }
    })
}

/// Reads the body, stopping at the first byte past the limit (413).
async fn read(url: Url, mut response: reqwest::Response, config: &RelayConfig) -> Result<Document, Failure> {
    let too_large =
        || Failure::new(StatusCode::PAYLOAD_TOO_LARGE, format!("the feed is larger than {} bytes", config.max_body));
    if response.content_length().is_some_and(|length| length > config.max_body as u64) {
        return Err(too_large());
    }
    let headers = response.headers().clone();
    let mut body = BytesMut::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > config.max_body {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(error) => return Err(bad_gateway(format!("the origin's answer broke off ({})", root_cause(&error)))),
        }
    }
    Ok(Document {
        body: body.freeze(),
        content_type: headers.get(header::CONTENT_TYPE).cloned(),
        final_url: url.to_string(),
        etag: headers.get(header::ETAG).cloned(),
        last_modified: headers.get(header::LAST_MODIFIED).cloned(),
        policy: freshness(&headers),
    })
}

/// Cache-Control read as a shared cache: `no-store`/`private` keep nothing, `no-cache` keeps for
/// revalidation only, `s-maxage` wins over `max-age`.
pub fn freshness(headers: &HeaderMap) -> Freshness {
    let mut policy = Freshness::default();
    let (mut max_age, mut s_maxage, mut no_cache) = (None, None, false);
    for value in headers.get_all(header::CACHE_CONTROL) {
        for directive in value.to_str().unwrap_or("").split(',') {
            let (name, argument) = directive.split_once('=').unwrap_or((directive, ""));
            let seconds = || argument.trim().trim_matches('"').parse::<u64>().ok();
            match name.trim().to_ascii_lowercase().as_str() {
                "no-store" | "private" => policy.no_store = true,
                "no-cache" => no_cache = true,
                "max-age" => max_age = seconds(),
                "s-maxage" => s_maxage = seconds(),
                _ => {}
            }
        }
    }
    // A day at most: a feed that says a year should still be looked at again.
    let seconds = if no_cache { 0 } else { s_maxage.or(max_age).unwrap_or(0).min(86_400) };
    policy.max_age = Duration::from_secs(seconds);
    policy
}

fn bad_gateway(message: String) -> Failure {
    Failure::new(StatusCode::BAD_GATEWAY, message)
}

/// The innermost error's words (reqwest's own say only "error sending request").
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// Milliseconds since `start`, for the log line.
pub fn millis(start: Instant) -> u128 {
    start.elapsed().as_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ips(list: &[&str]) -> Vec<IpAddr> {
        list.iter().map(|ip| ip.parse().unwrap()).collect()
    }

    #[test]
    fn every_resolved_address_is_checked() {
        assert!(check("example.com", 443, &ips(&["93.184.215.14"]), &[]).is_ok());
        let mixed = check("rebind.example", 443, &ips(&["93.184.215.14", "127.0.0.1"]), &[]);
        assert_eq!(mixed.unwrap_err().status, StatusCode::FORBIDDEN);
        assert!(check("x", 80, &ips(&["::ffff:10.1.2.3"]), &[]).is_err());
        // Ports browsers refuse (SMTP here) are refused whatever the address.
        assert_eq!(check("mail.example", 25, &ips(&["93.184.215.14"]), &[]).unwrap_err().status, StatusCode::FORBIDDEN);
    }

    #[test]
    fn allow_list_is_by_host_and_port() {
        let allow = vec![("127.0.0.1".to_string(), 8081), ("localhost".to_string(), 9000)];
        assert!(check("127.0.0.1", 8081, &ips(&["127.0.0.1"]), &allow).is_ok());
        assert!(check("127.0.0.1", 8082, &ips(&["127.0.0.1"]), &allow).is_err());
        assert!(check("localhost", 9000, &ips(&["127.0.0.1", "::1"]), &allow).is_ok());
        assert!(check("localhost", 9001, &ips(&["127.0.0.1"]), &allow).is_err());
        // The mapped spelling of an allowed IPv4 address is not the listed address.
        assert!(check("::ffff:127.0.0.1", 8081, &ips(&["::ffff:127.0.0.1"]), &allow).is_err());
    }

    #[test]
    fn redirects_are_checked_again() {
        let from = Url::parse("https://feeds.example/a/feed.json").unwrap();
        assert_eq!(next_hop(&from, "/b/feed.json").unwrap().as_str(), "https://feeds.example/b/feed.json");
        assert_eq!(next_hop(&from, "../c").unwrap().as_str(), "https://feeds.example/c");
        assert_eq!(next_hop(&from, "//other.example/x#frag").unwrap().as_str(), "https://other.example/x");
        for bad in ["file:///etc/passwd", "gopher://x/", "http://user:pass@x/", "http://[::1"] {
            assert_eq!(next_hop(&from, bad).unwrap_err().status, StatusCode::BAD_GATEWAY, "{bad}");
        }
        // The hop's host is then resolved and checked like the first: a literal private address
        // is refused before any connection.
        let inside = next_hop(&from, "http://0x7f.1:8080/").unwrap();
        assert_eq!(inside.host_str(), Some("127.0.0.1"));
    }

    #[tokio::test]
    async fn literal_addresses_are_refused_without_dns() {
        let config = RelayConfig::default();
        for spelling in [
            "http://127.0.0.1/",
            "http://2130706433/",
            "http://0x7f000001/",
            "http://127.1/",
            "http://0177.0.0.1/",
            "http://127.0.0.1./",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:a9fe:a9fe]/",
            "http://[64:ff9b::a00:1]/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://255.255.255.255/",
            "http://224.0.0.1/",
            "http://192.0.2.1/",
            "http://[2001:db8::1]/",
        ] {
            let url = super::super::target::parse(Some(spelling), 2048).unwrap();
            let failure = resolve(&url, &config).await.unwrap_err();
            assert_eq!(failure.status, StatusCode::FORBIDDEN, "{spelling}");
        }
    }

    #[tokio::test]
    async fn localhost_resolves_and_is_refused() {
        let url = Url::parse("http://localhost:1/").unwrap();
        let failure = resolve(&url, &RelayConfig::default()).await.unwrap_err();
        assert_eq!(failure.status, StatusCode::FORBIDDEN);
    }

    #[test]
    fn cache_control() {
        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
            freshness(&headers)
        };
        assert_eq!(with("max-age=300").max_age, Duration::from_secs(300));
        assert_eq!(with("public, max-age=60, s-maxage=120").max_age, Duration::from_secs(120));
        assert!(with("no-store").no_store);
        assert!(with("private, max-age=60").no_store);
        assert_eq!(with("no-cache, max-age=60").max_age, Duration::ZERO);
        assert_eq!(with("max-age=\"30\"").max_age, Duration::from_secs(30));
        assert_eq!(with("max-age=99999999999").max_age, Duration::from_secs(86_400));
        assert_eq!(with("max-age=-1").max_age, Duration::ZERO);
        assert_eq!(freshness(&HeaderMap::new()), Freshness::default());
    }
}
