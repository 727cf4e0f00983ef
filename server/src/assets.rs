//! dist/ loaded into memory at startup: each file with its brotli and gzip forms (compressed here,
//! once, or taken from a `.br`/`.gz` file beside it), strong ETags and the headers its kind gets.
//! Serving from this map means a request can only ever name a file found under the root at startup:
//! symlinks are followed only when their target stays inside the canonical root.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use bytes::Bytes;
use sha2::{Digest, Sha256};

/// One stored form of a file: its bytes and its ETag.
pub struct Variant {
    pub body: Bytes,
    pub etag: String,
}

/// A file, ready to answer.
pub struct Asset {
    pub identity: Variant,
    pub brotli: Option<Variant>,
    pub gzip: Option<Variant>,
    pub content_type: &'static str,
    pub cache_control: &'static str,
    /// `Access-Control-Allow-Origin: *`: a host page on another origin fetches it to embed Lectern.
    pub cors: bool,
    /// The Content-Security-Policy sent with it (HTML only).
    pub csp: Option<String>,
}

/// Every servable file by its path relative to the root, `/`-separated (`fonts/literata.css`).
pub struct Assets {
    pub files: HashMap<String, Asset>,
}

/// Files larger than this are not read (a dist/ holds the app, not media libraries).
const MAX_FILE: u64 = 64 * 1024 * 1024;

impl Assets {
    /// Reads and compresses every file under `root`.
    pub fn load(root: &Path) -> Result<Assets, String> {
        let root = root.canonicalize().map_err(|error| format!("cannot open {}: {error}", root.display()))?;
        if !root.is_dir() {
            return Err(format!("{} is not a directory", root.display()));
        }
        let mut found = Vec::new();
        walk(&root, &root, "", &mut found, 0);
        let raw: HashMap<String, Vec<u8>> = found.into_iter().collect();

        let csp = raw.get("index.html").and_then(|html| meta_csp(&String::from_utf8_lossy(html)));
        if !raw.contains_key("index.html") {
            eprintln!("lectern-server: warning: no index.html in {}", root.display());
        }

        // Compressing is the slow part of startup: every core takes a share of the files.
        let names: Vec<&String> = raw.keys().filter(|name| !(is_precompressed(name, &raw))).collect();
        let workers = std::thread::available_parallelism().map_or(1, usize::from).min(8);
        let mut files = HashMap::new();
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|worker| {
                    let names = &names;
                    let raw = &raw;
                    let csp = &csp;
                    scope.spawn(move || {
                        names
                            .iter()
                            .skip(worker)
                            .step_by(workers)
                            .map(|name| ((*name).clone(), asset(name, raw, csp.as_deref())))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for handle in handles {
                // A worker only compresses in memory; if one failed anyway, its files are missing (404).
                if let Ok(done) = handle.join() {
                    files.extend(done);
                }
            }
        });
        Ok(Assets { files })
    }

    /// The file for a decoded, checked relative path (`""` is the root).
    pub fn find(&self, path: &str) -> Option<&Asset> {
        if path.is_empty() || path.ends_with('/') {
            return self.files.get(&format!("{path}index.html"));
        }
        self.files.get(path).or_else(|| self.files.get(&format!("{path}/index.html")))
    }
}

/// Collects `(relative name, bytes)` for every regular file, following a symlink only when its
/// canonical target is inside `root`. Depth is bounded against symlink loops within the tree.
fn walk(root: &Path, dir: &Path, prefix: &str, found: &mut Vec<(String, Vec<u8>)>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    if depth > 32 {
        return;
    }
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else { continue };
        let Ok(real) = entry.path().canonicalize() else { continue };
        if !real.starts_with(root) {
            eprintln!("lectern-server: not serving {}: it points outside {}", entry.path().display(), root.display());
            continue;
        }
        let relative = format!("{prefix}{name}");
        let Ok(meta) = std::fs::metadata(&real) else { continue };
        if meta.is_dir() {
            walk(root, &real, &format!("{relative}/"), found, depth + 1);
        } else if meta.is_file() && meta.len() <= MAX_FILE {
            if let Ok(bytes) = std::fs::read(&real) {
                found.push((relative, bytes));
            }
        }
    }
}

/// `x.js.br` beside `x.js` is `x.js`'s brotli form, not a file of its own.
fn is_precompressed(name: &str, raw: &HashMap<String, Vec<u8>>) -> bool {
    [".br", ".gz"].iter().any(|suffix| name.strip_suffix(suffix).is_some_and(|base| raw.contains_key(base)))
}

fn asset(name: &str, raw: &HashMap<String, Vec<u8>>, csp: Option<&str>) -> Asset {
    let bytes = raw.get(name).cloned().unwrap_or_default();
    let content_type = content_type(name);
    let html = content_type.starts_with("text/html");
    let tag = etag(&bytes);
    let (brotli, gzip) = if compressible(content_type) {
        let brotli = raw.get(&format!("{name}.br")).cloned().or_else(|| compress_brotli(&bytes));
        let gzip = raw.get(&format!("{name}.gz")).cloned().or_else(|| compress_gzip(&bytes));
        // A compressed form is kept only when it is smaller.
        let keep = |form: Option<Vec<u8>>, suffix: &str| {
            form.filter(|form| form.len() < bytes.len())
                .map(|form| Variant { body: Bytes::from(form), etag: format!("\"{}-{suffix}\"", &tag) })
        };
        (keep(brotli, "br"), keep(gzip, "gz"))
    } else {
        (None, None)
    };
    // Each HTML page built from index.html carries the policy in a <meta>; the header repeats it
    // (a header also covers what a <meta> cannot, e.g. frame-ancestors if it is ever added).
    // A page without its own (embed-demo.html, an example *host* page) gets none.
    let csp = if html {
        let own = meta_csp(&String::from_utf8_lossy(&bytes));
        own.or_else(|| (name == "index.html").then(|| csp.map(str::to_owned)).flatten())
    } else {
        None
    };
    Asset {
        identity: Variant { body: Bytes::from(bytes), etag: format!("\"{tag}\"") },
        brotli,
        gzip,
        content_type,
        cache_control: if is_hashed(name) { "public, max-age=31536000, immutable" } else { "no-cache" },
        // A host page embedding Lectern fetches embed.js, the glue, its chunks, the Wasm, the
        // stylesheet, fonts and feeds with CORS; pages themselves are never fetched that way.
        cors: !html,
        csp,
    }
}

/// The first 128 bits of the SHA-256 of the bytes, in hex: the same file always has the same tag,
/// on every server behind one address.
fn etag(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(16).map(|byte| format!("{byte:02x}")).collect()
}

fn compress_brotli(bytes: &[u8]) -> Option<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
    Some(out)
}

fn compress_gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

/// Trunk and scripts/wasm-build.mjs name built files by a hex hash of their content:
/// `lectern-<h>.js`, `lectern-<h>_bg.wasm`, `lectern-<h>-split.js`, `chunk-library-<h>.wasm`,
/// `main-<h>.css`, `embed-<h>.css`. Such a name never changes content, so it may be cached for a year.
/// The scripts write 16 hex digits; trunk writes a u64 as `{:x}`, without leading zeros, so 12 or
/// more count (fewer happens once in 65,536 builds, and then the file is merely `no-cache`).
pub fn is_hashed(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = file.split('.').next().unwrap_or(file);
    stem.split('-').skip(1).any(|part| {
        let hex = part.split('_').next().unwrap_or(part);
        hex.len() >= 12 && hex.bytes().all(|byte| byte.is_ascii_hexdigit())
    })
}

/// The content type by extension, as scripts/content-types.mjs has them, plus fonts and images.
pub fn content_type(name: &str) -> &'static str {
    let extension = name.rsplit_once('.').map_or("", |(_, extension)| extension).to_ascii_lowercase();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "webmanifest" => "application/manifest+json",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

/// Formats that are already compressed (images but SVG, woff2) gain nothing from brotli.
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/")
        || content_type == "image/svg+xml"
        || content_type == "image/x-icon"
        || content_type == "font/ttf"
        || content_type == "font/otf"
}

/// The `content` of `<meta http-equiv="Content-Security-Policy" content="...">`, as scripts/csp.mjs
/// writes it (double-quoted; the policy holds single quotes only).
pub fn meta_csp(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let at = lower.find("http-equiv=\"content-security-policy\"")?;
    let tag_start = lower[..at].rfind('<')?;
    let tag_end = at + lower[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let content_at = tag.to_ascii_lowercase().find("content=\"")? + "content=\"".len();
    let value = &tag[content_at..];
    let value = &value[..value.find('"')?];
    let value = value.replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    // A header value cannot hold line breaks; a policy never needs them.
    (!value.is_empty() && !value.contains(['\r', '\n'])).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        for name in [
            "lectern-0123456789abcdef.js",
            "lectern-0123456789abcdef_bg.wasm",
            "lectern-0123456789abcdef-split.js",
            "chunk-library-0123456789abcdef.wasm",
            "chunk-3-0123456789abcdef.wasm",
            "main-0123456789abcdef.css",
            "embed-0123456789abcdef.css",
            "main-123456789abcdef.css",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "index.html",
            "sw.js",
            "embed.js",
            "embed.html",
            "feed.json",
            "fonts/literata-latin-400-normal.woff2",
            "chunk-3.wasm",
            "main-cafe.css",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn types() {
        assert_eq!(content_type("a/lectern-x_bg.wasm"), "application/wasm");
        assert_eq!(content_type("embed.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("x.mjs"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("INDEX.HTML"), "text/html; charset=utf-8");
        assert_eq!(content_type("noext"), "application/octet-stream");
        assert_eq!(content_type("fonts/a.woff2"), "font/woff2");
    }

    #[test]
    fn csp_from_meta() {
        let html = r#"<meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">"#;
        assert_eq!(meta_csp(html).as_deref(), Some("default-src 'self'; script-src 'self' 'sha256-abc='"));
        assert_eq!(meta_csp("<meta charset=utf-8>"), None);
        assert_eq!(meta_csp("<meta http-equiv=\"Content-Security-Policy\" content=\"x"), None);
    }
}
