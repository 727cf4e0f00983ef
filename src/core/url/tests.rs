//! URL cases: the RFC 3986 §5.4 examples, feed bases, and the link and image scheme rules.

use super::{host, resolve, safe_image, safe_link};

/// The base of the examples in RFC 3986 §5.4.
const RFC: &str = "http://a/b/c/d;p?q";

const FEED: &str = "https://example.com/blog/feed.json";

#[track_caller]
fn check(base: &str, reference: &str, expected: Option<&str>) {
    assert_eq!(resolve(base, reference).as_deref(), expected, "resolving {reference:?} against {base:?}");
}

#[track_caller]
fn check_link(href: &str, expected: Option<&str>) {
    assert_eq!(safe_link(FEED, href).as_deref(), expected, "link {href:?}");
}

#[track_caller]
fn check_image(src: &str, expected: Option<&str>) {
    assert_eq!(safe_image(FEED, src).as_deref(), expected, "image {src:?}");
}

// RFC 3986 §5.4.1, normal examples.

#[test]
fn rfc_other_scheme() {
    check(RFC, "g:h", Some("g:h"));
}
#[test]
fn rfc_sibling() {
    check(RFC, "g", Some("http://a/b/c/g"));
}
#[test]
fn rfc_dot_sibling() {
    check(RFC, "./g", Some("http://a/b/c/g"));
}
#[test]
fn rfc_sibling_directory() {
    check(RFC, "g/", Some("http://a/b/c/g/"));
}
#[test]
fn rfc_absolute_path() {
    check(RFC, "/g", Some("http://a/g"));
}
#[test]
fn rfc_network_path() {
    check(RFC, "//g", Some("http://g"));
}
#[test]
fn rfc_query_only() {
    check(RFC, "?y", Some("http://a/b/c/d;p?y"));
}
#[test]
fn rfc_sibling_with_query() {
    check(RFC, "g?y", Some("http://a/b/c/g?y"));
}
#[test]
fn rfc_fragment_only() {
    check(RFC, "#s", Some("http://a/b/c/d;p?q#s"));
}
#[test]
fn rfc_sibling_with_fragment() {
    check(RFC, "g#s", Some("http://a/b/c/g#s"));
}
#[test]
fn rfc_sibling_with_query_and_fragment() {
    check(RFC, "g?y#s", Some("http://a/b/c/g?y#s"));
}
#[test]
fn rfc_parameter_only() {
    check(RFC, ";x", Some("http://a/b/c/;x"));
}
#[test]
fn rfc_sibling_with_parameter() {
    check(RFC, "g;x", Some("http://a/b/c/g;x"));
}
#[test]
fn rfc_sibling_with_everything() {
    check(RFC, "g;x?y#s", Some("http://a/b/c/g;x?y#s"));
}
#[test]
fn rfc_empty() {
    check(RFC, "", Some("http://a/b/c/d;p?q"));
}
#[test]
fn rfc_dot() {
    check(RFC, ".", Some("http://a/b/c/"));
}
#[test]
fn rfc_dot_slash() {
    check(RFC, "./", Some("http://a/b/c/"));
}
#[test]
fn rfc_dot_dot() {
    check(RFC, "..", Some("http://a/b/"));
}
#[test]
fn rfc_dot_dot_slash() {
    check(RFC, "../", Some("http://a/b/"));
}
#[test]
fn rfc_dot_dot_sibling() {
    check(RFC, "../g", Some("http://a/b/g"));
}
#[test]
fn rfc_dot_dot_twice() {
    check(RFC, "../..", Some("http://a/"));
}
#[test]
fn rfc_dot_dot_twice_slash() {
    check(RFC, "../../", Some("http://a/"));
}
#[test]
fn rfc_dot_dot_twice_sibling() {
    check(RFC, "../../g", Some("http://a/g"));
}

// RFC 3986 §5.4.2, abnormal examples.

#[test]
fn rfc_above_root() {
    check(RFC, "../../../g", Some("http://a/g"));
}
#[test]
fn rfc_far_above_root() {
    check(RFC, "../../../../g", Some("http://a/g"));
}
#[test]
fn rfc_absolute_dot() {
    check(RFC, "/./g", Some("http://a/g"));
}
#[test]
fn rfc_absolute_dot_dot() {
    check(RFC, "/../g", Some("http://a/g"));
}
#[test]
fn rfc_trailing_dot_in_name() {
    check(RFC, "g.", Some("http://a/b/c/g."));
}
#[test]
fn rfc_leading_dot_in_name() {
    check(RFC, ".g", Some("http://a/b/c/.g"));
}
#[test]
fn rfc_trailing_dots_in_name() {
    check(RFC, "g..", Some("http://a/b/c/g.."));
}
#[test]
fn rfc_leading_dots_in_name() {
    check(RFC, "..g", Some("http://a/b/c/..g"));
}
#[test]
fn rfc_dot_then_dot_dot() {
    check(RFC, "./../g", Some("http://a/b/g"));
}
#[test]
fn rfc_trailing_dot_segment() {
    check(RFC, "./g/.", Some("http://a/b/c/g/"));
}
#[test]
fn rfc_inner_dot() {
    check(RFC, "g/./h", Some("http://a/b/c/g/h"));
}
#[test]
fn rfc_inner_dot_dot() {
    check(RFC, "g/../h", Some("http://a/b/c/h"));
}
#[test]
fn rfc_parameter_then_dot() {
    check(RFC, "g;x=1/./y", Some("http://a/b/c/g;x=1/y"));
}
#[test]
fn rfc_parameter_then_dot_dot() {
    check(RFC, "g;x=1/../y", Some("http://a/b/c/y"));
}
#[test]
fn rfc_dot_in_query() {
    check(RFC, "g?y/./x", Some("http://a/b/c/g?y/./x"));
}
#[test]
fn rfc_dot_dot_in_query() {
    check(RFC, "g?y/../x", Some("http://a/b/c/g?y/../x"));
}
#[test]
fn rfc_dot_in_fragment() {
    check(RFC, "g#s/./x", Some("http://a/b/c/g#s/./x"));
}
#[test]
fn rfc_dot_dot_in_fragment() {
    check(RFC, "g#s/../x", Some("http://a/b/c/g#s/../x"));
}
#[test]
fn rfc_same_scheme_is_absolute() {
    check(RFC, "http:g", Some("http:g"));
}

// Feed bases.

#[test]
fn fragment_against_feed() {
    check(FEED, "#notes", Some("https://example.com/blog/feed.json#notes"));
}
#[test]
fn protocol_relative_takes_base_scheme() {
    check(FEED, "//cdn.example/x.png", Some("https://cdn.example/x.png"));
}
#[test]
fn base_query_and_fragment_dropped() {
    check("https://example.com/blog/feed.json?page=2#top", "a", Some("https://example.com/blog/a"));
}
#[test]
fn base_fragment_dropped_for_empty_reference() {
    check("https://example.com/feed.json?page=2#top", "", Some("https://example.com/feed.json?page=2"));
}
#[test]
fn base_without_path() {
    check("https://example.com", "a", Some("https://example.com/a"));
}
#[test]
fn base_without_path_and_query_reference() {
    check("https://example.com", "?q", Some("https://example.com?q"));
}
#[test]
fn bare_relative_base() {
    check("feed.json", "x", None);
}
#[test]
fn empty_base() {
    check("", "x", None);
}
#[test]
fn bare_relative_base_with_absolute_reference() {
    check("feed.json", "https://example.com/./a/../b", Some("https://example.com/b"));
}
#[test]
fn scheme_lower_cased() {
    check(FEED, "HTTPS://Example.com/A", Some("https://Example.com/A"));
}
#[test]
fn spaces_encoded() {
    check(FEED, "my post.html", Some("https://example.com/blog/my%20post.html"));
}
#[test]
fn percent_encoding_kept() {
    check(FEED, "caf%C3%A9/%2e%2E/x", Some("https://example.com/blog/caf%C3%A9/%2e%2E/x"));
}
#[test]
fn surrounding_whitespace_and_newlines_removed() {
    check(FEED, " \n pos\nt.ht\tml\r\n", Some("https://example.com/blog/post.html"));
}
#[test]
fn invalid_scheme_name_is_a_path() {
    check(FEED, "1a:b", Some("https://example.com/blog/1a:b"));
}
#[test]
fn non_ascii_kept() {
    check(FEED, "café", Some("https://example.com/blog/café"));
}

// Links.

#[test]
fn link_https() {
    check_link("https://example.org/a", Some("https://example.org/a"));
}
#[test]
fn link_http() {
    check_link("http://example.org/a", Some("http://example.org/a"));
}
#[test]
fn link_mailto() {
    check_link("mailto:me@example.org", Some("mailto:me@example.org"));
}
#[test]
fn link_relative() {
    check_link("../about", Some("https://example.com/about"));
}
#[test]
fn link_upper_case_scheme() {
    check_link("HTTPS://example.org/", Some("https://example.org/"));
}
#[test]
fn link_javascript() {
    check_link("javascript:alert(1)", None);
}
#[test]
fn link_javascript_mixed_case_with_space() {
    check_link(" JavaScript:alert(1)", None);
}
#[test]
fn link_javascript_with_newline() {
    check_link("java\nscript:alert(1)", None);
}
#[test]
fn link_javascript_with_tab() {
    check_link("java\tscript:alert(1)", None);
}
#[test]
fn link_javascript_after_control_character() {
    check_link("\u{1}javascript:alert(1)", None);
}
#[test]
fn link_encoded_colon_is_a_path() {
    check_link("javascript%3Aalert(1)", Some("https://example.com/blog/javascript%3Aalert(1)"));
}
#[test]
fn link_data() {
    check_link("data:text/html,<script>alert(1)</script>", None);
}
#[test]
fn link_vbscript() {
    check_link("vbscript:msgbox(1)", None);
}
#[test]
fn link_file() {
    check_link("file:///etc/passwd", None);
}
#[test]
fn link_unknown_scheme() {
    check_link("ftp://example.org/", None);
}
#[test]
fn link_relative_against_relative_base() {
    assert_eq!(safe_link("feed.json", "x"), None);
}
#[test]
fn link_relative_against_javascript_base() {
    assert_eq!(safe_link("javascript:alert(1)//", "x"), None);
}

// Images.

#[test]
fn image_https() {
    check_image("https://example.org/a.png", Some("https://example.org/a.png"));
}
#[test]
fn image_relative() {
    check_image("img/a.png", Some("https://example.com/blog/img/a.png"));
}
#[test]
fn image_protocol_relative() {
    check_image("//cdn.example/x.png", Some("https://cdn.example/x.png"));
}
#[test]
fn image_data_png() {
    check_image("data:image/png;base64,iVBORw0K", Some("data:image/png;base64,iVBORw0K"));
}
#[test]
fn image_data_jpeg() {
    check_image("data:image/jpeg;base64,/9j/4A==", Some("data:image/jpeg;base64,/9j/4A=="));
}
#[test]
fn image_data_gif() {
    check_image("data:image/gif;base64,R0lGOD", Some("data:image/gif;base64,R0lGOD"));
}
#[test]
fn image_data_webp() {
    check_image("data:image/webp;base64,UklGR", Some("data:image/webp;base64,UklGR"));
}
#[test]
fn image_data_avif() {
    check_image("data:image/avif;base64,AAAA", Some("data:image/avif;base64,AAAA"));
}
#[test]
fn image_data_upper_case() {
    check_image(" DATA:Image/PNG;base64,AAAA", Some("data:Image/PNG;base64,AAAA"));
}
#[test]
fn image_data_svg() {
    check_image("data:image/svg+xml;base64,PHN2Zz4=", None);
}
#[test]
fn image_data_html() {
    check_image("data:text/html,<script>alert(1)</script>", None);
}
#[test]
fn image_data_similar_type() {
    check_image("data:image/pngx;base64,AAAA", None);
}
#[test]
fn image_data_without_payload() {
    check_image("data:image/png", None);
}
#[test]
fn image_javascript() {
    check_image("javascript:alert(1)", None);
}
#[test]
fn image_mailto() {
    check_image("mailto:me@example.org", None);
}
#[test]
fn image_file() {
    check_image("file:///tmp/a.png", None);
}

#[test]
fn host_names_the_site_of_an_absolute_url() {
    assert_eq!(host("https://example.com/a/b?c#d"), Some("example.com"));
    assert_eq!(host("https://user:pw@Example.com:8080?x"), Some("Example.com:8080"));
    assert_eq!(host("http://[::1]:80/"), Some("[::1]:80"));
    assert_eq!(host("https://example.com#top"), Some("example.com"));
    for bad in ["", "example.com/a", "://x", "https://", "https:///path", "ht tp://x"] {
        assert_eq!(host(bad), None, "{bad:?}");
    }
}
