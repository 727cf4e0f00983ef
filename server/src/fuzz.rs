//! Bounded fuzzing (tests only): generated URLs, hosts, paths and headers through every parser
//! that reads request data. The property is that none panics, and that whatever the URL parser
//! accepts as a literal address gets a verdict from the address rules.

use std::net::IpAddr;

use lectern::core::random::Xorshift;
use url::Host;

/// The generator the app's fuzzing uses too (`lectern::core::random`): seedable, so a failure
/// names its seed and iteration.
type Random = Xorshift;

const PIECES: &[&str] = &[
    "http://",
    "https://",
    "HTTP://",
    "ftp://",
    "//",
    "file:",
    "javascript:",
    "127",
    "0x7f",
    "0177",
    "2130706433",
    "1",
    "0",
    "255",
    "256",
    "4294967295",
    "4294967296",
    ".",
    "..",
    "...",
    ":",
    "::",
    "[",
    "]",
    "::ffff:",
    "64:ff9b::",
    "fe80::1%25eth0",
    "@",
    "user:pw@",
    "%2e",
    "%2f",
    "%5c",
    "%00",
    "%",
    "%zz",
    "%ff",
    "/",
    "\\",
    "?",
    "#",
    "localhost",
    "example.com",
    "xn--",
    "ß",
    "١٢٧",
    "１２７",
    " ",
    "\t",
    "\n",
    "a",
    "8080",
    "65535",
    "65536",
    "-1",
    "\u{0}",
    "\u{feff}",
];

fn generated(random: &mut Random) -> String {
    let count = random.below(12);
    let mut text = String::new();
    for _ in 0..count {
        if random.below(8) == 0 {
            // Now and then a raw byte range, to reach what no piece spells.
            let code = (random.next_u64() % 0x2FF) as u32;
            text.push(char::from_u32(code).unwrap_or('x'));
        } else {
            let piece: &&str = random.pick(PIECES);
            text.push_str(piece);
        }
    }
    text
}

#[test]
fn parsers_never_panic() {
    let mut random = Xorshift(0x1ec7_e27e_1ec7_e27e);
    for _ in 0..30_000 {
        let input = generated(&mut random);
        if let Ok(url) = crate::relay::target::parse(Some(&input), 2048) {
            let ip = match url.host() {
                Some(Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
                Some(Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
                _ => None,
            };
            if let Some(ip) = ip {
                let _ = crate::relay::address::refused(ip);
                let _ = crate::relay::fetch::check(&ip.to_string(), 80, &[ip], &[]);
            }
            let _ = crate::relay::fetch::next_hop(&url, &generated(&mut random));
        }
        let _ = crate::relay::target::url_param(Some(&input), 2048);
        let _ = crate::files::relative_path(&format!("/{input}"));
        let _ = crate::encoding::choose(Some(&input), true, true);
        let _ = crate::files::etag_matches(&input, "\"abc\"");
        let _ = crate::config::parse_allow(&input);
        let _ = crate::assets::meta_csp(&input);
        let _ = crate::assets::is_hashed(&input);
    }
}

/// Every IPv4 address in the loopback, private and link-local ranges, in the decimal, hex and
/// mapped-IPv6 spellings, is refused (sampled, bounded).
#[test]
fn spellings_of_refused_addresses() {
    let mut random = Xorshift(0x5eed);
    for _ in 0..5_000 {
        let base: u32 = match random.below(4) {
            0 => 0x7f00_0000,
            1 => 0x0a00_0000,
            2 => 0xc0a8_0000,
            _ => 0xa9fe_0000,
        };
        let span = if base == 0x7f00_0000 || base == 0x0a00_0000 { 0x00ff_ffff } else { 0xffff };
        let number = base | (random.next_u64() as u32 & span);
        let v4 = std::net::Ipv4Addr::from(number);
        for spelling in [
            format!("http://{number}/"),
            format!("http://0x{number:x}/"),
            format!("http://0{number:o}/"),
            format!("http://{v4}./"),
            format!("http://[::ffff:{v4}]/"),
            format!("http://[64:ff9b::{v4}]/"),
        ] {
            let url = crate::relay::target::parse(Some(&spelling), 2048).expect(&spelling);
            let ip = match url.host() {
                Some(Host::Ipv4(ip)) => IpAddr::V4(ip),
                Some(Host::Ipv6(ip)) => IpAddr::V6(ip),
                _ => panic!("{spelling} is not read as an address"),
            };
            assert!(crate::relay::address::refused(ip).is_some(), "{spelling}");
        }
    }
}
