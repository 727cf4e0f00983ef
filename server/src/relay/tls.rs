//! The relay's TLS settings, built once at startup and shared by every hop's client: Mozilla's
//! roots (webpki-roots, so a bare container still verifies the public web) plus the system's
//! (`/etc/ssl/certs`, `SSL_CERT_FILE`: a CA an administrator added is trusted too), ring as the
//! provider, TLS 1.2 and 1.3, HTTP/1.1 by ALPN.

use std::sync::Arc;

/// The client configuration; Err only if ring cannot offer the default protocol versions.
pub fn client_config() -> Result<rustls::ClientConfig, String> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    // Unreadable or unparsable system certificates are skipped: Mozilla's roots remain.
    let system = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(system.certs);
    // Deprecated only for lacking post-quantum key exchange, which needs aws-lc-rs (a C and cmake
    // build this crate avoids); classical ECDHE with ring is what most clients still use.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| format!("TLS settings: {error}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
