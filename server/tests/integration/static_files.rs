//! dist/ served: types, negotiated compression, ETag/304, cache headers, CSP, nosniff, HEAD, 404,
//! and nothing outside the directory.

use std::io::Read;

use lectern_server::RelayConfig;
use reqwest::header;

use crate::common::{client, dist, raw_status, server, CSP, HASHED_JS, HASHED_WASM, PRECOMPRESSED};

fn text(response: &reqwest::Response, name: header::HeaderName) -> &str {
    response.headers().get(name).and_then(|value| value.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn content_types_and_cache_headers() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let client = client();
    let cases = [
        ("/", "text/html; charset=utf-8", "no-cache", false),
        ("/index.html", "text/html; charset=utf-8", "no-cache", false),
        (
            &format!("/{HASHED_JS}") as &str,
            "text/javascript; charset=utf-8",
            "public, max-age=31536000, immutable",
            true,
        ),
        (&format!("/{HASHED_WASM}"), "application/wasm", "public, max-age=31536000, immutable", true),
        ("/sw.js", "text/javascript; charset=utf-8", "no-cache", true),
        ("/embed.js", "text/javascript; charset=utf-8", "no-cache", true),
        ("/feed.json", "application/json; charset=utf-8", "no-cache", true),
        ("/fonts/literata-latin-400-normal.woff2", "font/woff2", "no-cache", true),
    ];
    for (path, content_type, cache, cors) in cases {
        let response = client.get(format!("http://{address}{path}")).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(text(&response, header::CONTENT_TYPE), content_type, "{path}");
        assert_eq!(text(&response, header::CACHE_CONTROL), cache, "{path}");
        assert_eq!(text(&response, header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{path}");
        assert_eq!(response.headers().contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN), cors, "{path}");
        assert!(text(&response, header::ETAG).starts_with('"'), "{path}: a strong ETag");
    }
}

#[tokio::test]
async fn csp_header_is_the_built_pages() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let response = client().get(format!("http://{address}/")).send().await.unwrap();
    assert_eq!(text(&response, header::CONTENT_SECURITY_POLICY), CSP);
    let script = client().get(format!("http://{address}/embed.js")).send().await.unwrap();
    assert!(!script.headers().contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn brotli_and_gzip_by_accept_encoding() {
    let dist = dist();
    let original = std::fs::read(dist.join(HASHED_WASM)).unwrap();
    let address = server(&dist, RelayConfig::default()).await;
    let url = format!("http://{address}/{HASHED_WASM}");
    let get = |encoding: &'static str| client().get(&url).header(header::ACCEPT_ENCODING, encoding).send();

    let brotli = get("gzip, deflate, br").await.unwrap();
    assert_eq!(text(&brotli, header::CONTENT_ENCODING), "br");
    assert_eq!(text(&brotli, header::VARY), "Accept-Encoding");
    let brotli_tag = text(&brotli, header::ETAG).to_owned();
    let compressed = brotli.bytes().await.unwrap();
    assert!(compressed.len() < original.len() / 4);
    let mut decoded = Vec::new();
    brotli::Decompressor::new(&compressed[..], 4096).read_to_end(&mut decoded).unwrap();
    assert_eq!(decoded, original);

    let gzip = get("gzip").await.unwrap();
    assert_eq!(text(&gzip, header::CONTENT_ENCODING), "gzip");
    let gzip_tag = text(&gzip, header::ETAG).to_owned();
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..]).read_to_end(&mut decoded).unwrap();
    assert_eq!(decoded, original);

    let plain = get("identity").await.unwrap();
    assert!(!plain.headers().contains_key(header::CONTENT_ENCODING));
    assert_eq!(text(&plain, header::VARY), "Accept-Encoding");
    let plain_tag = text(&plain, header::ETAG).to_owned();
    assert_eq!(plain.bytes().await.unwrap(), original);

    // Each representation has its own strong tag.
    assert!(brotli_tag != gzip_tag && gzip_tag != plain_tag && brotli_tag != plain_tag);
}

#[tokio::test]
async fn etag_gives_304() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let url = format!("http://{address}/{HASHED_JS}");
    let first = client().get(&url).header(header::ACCEPT_ENCODING, "br").send().await.unwrap();
    let tag = text(&first, header::ETAG).to_owned();
    let again = client()
        .get(&url)
        .header(header::ACCEPT_ENCODING, "br")
        .header(header::IF_NONE_MATCH, &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(text(&again, header::ETAG), tag);
    assert_eq!(text(&again, header::CACHE_CONTROL), "public, max-age=31536000, immutable");
    assert!(again.bytes().await.unwrap().is_empty());
    let changed = client().get(&url).header(header::IF_NONE_MATCH, "\"other\"").send().await.unwrap();
    assert_eq!(changed.status(), 200);
}

#[tokio::test]
async fn head_has_the_headers_and_no_body() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let url = format!("http://{address}/index.html");
    let get = client().get(&url).send().await.unwrap();
    let length = get.bytes().await.unwrap().len();
    let head = client().head(&url).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(text(&head, header::CONTENT_TYPE), "text/html; charset=utf-8");
    assert_eq!(text(&head, header::CONTENT_LENGTH), length.to_string());
    assert_eq!(text(&head, header::CONTENT_SECURITY_POLICY), CSP);
    assert!(head.bytes().await.unwrap().is_empty());
    let post = client().post(&url).send().await.unwrap();
    assert_eq!(post.status(), 405);
}

#[tokio::test]
async fn unknown_paths_and_everything_outside_are_404() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let missing = client().get(format!("http://{address}/nothing-here.js")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(text(&missing, header::CONTENT_TYPE), "application/json; charset=utf-8");
    assert!(missing.text().await.unwrap().contains("\"error\""));
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/fonts/../../secret.txt",
        "/fonts/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/fonts%2f..%2f..%2fsecret.txt",
        "//secret.txt",
        "/leak.txt",
        "/secret.txt",
        "/index.html%00.js",
        "/%ff",
    ] {
        assert_eq!(raw_status(address, path).await, 404, "{path}");
    }
    // The same requests still find what is inside.
    assert_eq!(raw_status(address, "/fonts/literata-latin-400-normal.woff2").await, 200);
    assert_eq!(raw_status(address, "/?feed=https://example.com/feed.json").await, 200);
}

#[tokio::test]
async fn a_gz_file_beside_the_original_is_its_gzip_form() {
    let dist = dist();
    let address = server(&dist, RelayConfig::default()).await;
    let url = format!("http://{address}/feed.json");
    let gzip = client().get(&url).header(header::ACCEPT_ENCODING, "gzip").send().await.unwrap();
    assert_eq!(text(&gzip, header::CONTENT_ENCODING), "gzip");
    assert_eq!(text(&gzip, header::CONTENT_TYPE), "application/json; charset=utf-8");
    assert_eq!(&gzip.bytes().await.unwrap()[..], PRECOMPRESSED);
    // The .gz is not a file of its own.
    assert_eq!(client().get(format!("{url}.gz")).send().await.unwrap().status(), 404);
}
