//! `/relay` against a feed origin on loopback: every answer of the interface.

use std::sync::atomic::Ordering;
use std::time::Duration;

use lectern_server::RelayConfig;
use reqwest::header;

use crate::common::{client, dist, origin, relay_config, relay_url, server, until, FEED};

async fn error_of(response: reqwest::Response) -> String {
    assert_eq!(response.headers().get(header::CONTENT_TYPE).unwrap(), "application/json; charset=utf-8");
    response.text().await.unwrap()
}

#[tokio::test]
async fn a_no_cors_feed_is_relayed() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let target = format!("http://{}/feed.json", origin.address);
    let response = client().get(relay_url(server, &target)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers().get(header::CONTENT_TYPE).unwrap(), "application/feed+json");
    assert_eq!(response.headers().get("x-lectern-final-url").unwrap().to_str().unwrap(), target);
    assert!(!response.headers().contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
    assert_eq!(response.headers().get(header::CONTENT_SECURITY_POLICY).unwrap(), "default-src 'none'; sandbox");
    assert_eq!(response.text().await.unwrap(), FEED);

    // Through a redirect, the final URL is the one after it.
    let response = client().get(relay_url(server, &format!("http://{}/to-feed", origin.address))).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers().get("x-lectern-final-url").unwrap().to_str().unwrap(), target);
}

#[tokio::test]
async fn bad_urls_are_400_and_long_ones_414() {
    let server = server(&dist(), RelayConfig::default()).await;
    let status = |url: String| async move { client().get(url).send().await.unwrap() };
    let missing = status(format!("http://{server}/relay")).await;
    assert_eq!(missing.status(), 400);
    assert!(error_of(missing).await.contains("missing"));
    assert_eq!(status(format!("http://{server}/relay?url=")).await.status(), 400);
    assert_eq!(status(relay_url(server, "not a url")).await.status(), 400);
    assert_eq!(status(relay_url(server, "ftp://example.com/feed")).await.status(), 400);
    assert_eq!(status(relay_url(server, "file:///etc/passwd")).await.status(), 400);
    let long = format!("https://example.com/{}", "a".repeat(3000));
    assert_eq!(status(relay_url(server, &long)).await.status(), 414);
    let post = client().post(relay_url(server, "https://example.com/")).send().await.unwrap();
    assert_eq!(post.status(), 405);
    assert!(error_of(post).await.contains("GET"));
}

#[tokio::test]
async fn refused_addresses_are_403_in_every_spelling() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let port = origin.address.port();
    // The origin itself, on a port the allow-list does not name, or spelled another way.
    for target in [
        format!("http://127.0.0.1:{}/feed.json", port + 1),
        format!("http://2130706433:{}/feed.json", port + 1),
        "http://0x7f000001/".into(),
        "http://127.1/".into(),
        "http://0177.0.0.1/".into(),
        "http://127.0.0.1./".into(),
        "http://localhost/".into(),
        "http://[::1]/".into(),
        format!("http://[::ffff:127.0.0.1]:{port}/feed.json"),
        "http://169.254.169.254/latest/meta-data/".into(),
        "http://10.0.0.1/".into(),
        "http://[fd00::1]/".into(),
    ] {
        let response = client().get(relay_url(server, &target)).send().await.unwrap();
        assert_eq!(response.status(), 403, "{target}");
        assert!(error_of(response).await.contains("does not reach"), "{target}");
    }
    // A public address on a port browsers refuse (SMTP): refused before any connection.
    let smtp = client().get(relay_url(server, "http://93.184.215.14:25/")).send().await.unwrap();
    assert_eq!(smtp.status(), 403);
}

#[tokio::test]
async fn a_redirect_into_a_private_address_is_403() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    for path in ["/to-private", "/to-metadata", "/to-mapped"] {
        let response =
            client().get(relay_url(server, &format!("http://{}{path}", origin.address))).send().await.unwrap();
        assert_eq!(response.status(), 403, "{path}");
    }
    let looping = client().get(relay_url(server, &format!("http://{}/loop", origin.address))).send().await.unwrap();
    assert_eq!(looping.status(), 502);
    assert!(error_of(looping).await.contains("more than 5"));
}

#[tokio::test]
async fn a_25_mb_body_is_413() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    for path in ["/big", "/big-declared"] {
        let response =
            client().get(relay_url(server, &format!("http://{}{path}", origin.address))).send().await.unwrap();
        assert_eq!(response.status(), 413, "{path}");
        assert!(error_of(response).await.contains("larger than 20000000 bytes"));
    }
}

#[tokio::test]
async fn a_body_that_never_ends_is_504() {
    let origin = origin().await;
    let config = RelayConfig { total_timeout: Duration::from_millis(500), ..relay_config(origin.address) };
    let server = server(&dist(), config).await;
    let response = client().get(relay_url(server, &format!("http://{}/endless", origin.address))).send().await.unwrap();
    assert_eq!(response.status(), 504);
    assert!(error_of(response).await.contains("no complete answer"));
}

#[tokio::test]
async fn an_upstream_500_is_502_naming_it() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let response = client().get(relay_url(server, &format!("http://{}/error", origin.address))).send().await.unwrap();
    assert_eq!(response.status(), 502);
    assert!(error_of(response).await.contains("500"));
    // Nothing listening: unreachable.
    let config = RelayConfig { allow: vec![("127.0.0.1".into(), 1)], ..RelayConfig::default() };
    let lonely = crate::common::server(&dist(), config).await;
    let response = client().get(relay_url(lonely, "http://127.0.0.1:1/")).send().await.unwrap();
    assert_eq!(response.status(), 502);
}

#[tokio::test]
async fn no_cookies_or_credentials_either_way() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let response = client()
        .get(relay_url(server, &format!("http://{}/feed.json", origin.address)))
        .header(header::COOKIE, "reader=secret")
        .header(header::AUTHORIZATION, "Bearer secret")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(!response.headers().contains_key(header::SET_COOKIE));
    let seen = origin.seen.headers.lock().unwrap();
    let headers = seen.last().unwrap();
    assert!(!headers.contains_key(header::COOKIE));
    assert!(!headers.contains_key(header::AUTHORIZATION));
    assert!(headers.get(header::USER_AGENT).unwrap().to_str().unwrap().contains("Lectern"));
}

#[tokio::test]
async fn another_sites_page_is_403() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let url = relay_url(server, &format!("http://{}/feed.json", origin.address));
    for (name, value) in [
        ("origin", "http://evil.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ] {
        let response = client().get(&url).header(name, value).send().await.unwrap();
        assert_eq!(response.status(), 403, "{name}: {value}");
    }
    // The server's own pages may.
    let own = client()
        .get(&url)
        .header("origin", format!("http://{server}"))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn conditional_requests_give_304() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let url = relay_url(server, &format!("http://{}/feed.json", origin.address));
    let first = client().get(&url).send().await.unwrap();
    let tag = first.headers().get(header::ETAG).unwrap().clone();
    let again = client().get(&url).header(header::IF_NONE_MATCH, tag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    // The relay revalidated its copy (no-cache) with the origin's tag rather than refetching blindly.
    let seen = origin.seen.headers.lock().unwrap();
    assert_eq!(seen.last().unwrap().get(header::IF_NONE_MATCH).unwrap(), "\"v1\"");
}

#[tokio::test]
async fn many_readers_of_one_feed_cost_one_fetch() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let url = relay_url(server, &format!("http://{}/popular.json", origin.address));
    let readers: Vec<_> = (0..20).map(|_| tokio::spawn(client().get(url.clone()).send())).collect();
    let seen = std::sync::Arc::clone(&origin.seen);
    until(|| seen.popular_hits.load(Ordering::SeqCst) >= 1).await;
    origin.release.send_replace(true);
    for reader in readers {
        assert_eq!(reader.await.unwrap().unwrap().status(), 200);
    }
    // Later readers are served from the cache (max-age=60).
    assert_eq!(client().get(&url).send().await.unwrap().status(), 200);
    assert_eq!(origin.seen.popular_hits.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn quick_requests_meet_429_and_the_app_is_still_served() {
    let origin = origin().await;
    let server = server(&dist(), relay_config(origin.address)).await;
    let url = relay_url(server, &format!("http://{}/feed.json", origin.address));
    let client = client();
    let (mut ok, mut limited) = (0, 0);
    for _ in 0..300 {
        let response = client.get(&url).send().await.unwrap();
        match response.status().as_u16() {
            200 => ok += 1,
            429 => {
                let retry: u64 =
                    response.headers().get(header::RETRY_AFTER).unwrap().to_str().unwrap().parse().unwrap();
                assert!((1..=60).contains(&retry));
                limited += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    // A minute's allowance passes at once; the bucket refills at 2 a second, so how many more pass
    // depends on how fast this machine sends the rest, never all of them.
    assert!(ok >= 120 && limited > 0, "{ok} relayed, {limited} limited");
    let home = client.get(format!("http://{server}/")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("Lectern"));
}
