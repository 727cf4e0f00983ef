//! Which addresses the relay may reach: public unicast only. An address is judged as a number,
//! after the URL parser and DNS have turned every spelling into one; IPv6 forms that carry an IPv4
//! address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why the relay will not connect to `ip`, or None when it may.
pub fn refused(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refused_v4(v4),
        IpAddr::V6(v6) => refused_v6(v6),
    }
}

fn in_v4(ip: Ipv4Addr, net: [u8; 4], bits: u32) -> bool {
    let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
    u32::from(ip) & mask == u32::from(Ipv4Addr::from(net)) & mask
}

fn refused_v4(ip: Ipv4Addr) -> Option<&'static str> {
    const RULES: &[([u8; 4], u32, &str)] = &[
        ([0, 0, 0, 0], 8, "unspecified (0.0.0.0/8)"),
        ([127, 0, 0, 0], 8, "loopback"),
        ([10, 0, 0, 0], 8, "private (10/8)"),
        ([172, 16, 0, 0], 12, "private (172.16/12)"),
        ([192, 168, 0, 0], 16, "private (192.168/16)"),
        ([169, 254, 0, 0], 16, "link-local"),
        ([100, 64, 0, 0], 10, "shared address space (100.64/10)"),
        ([192, 0, 0, 0], 24, "IETF protocol assignments (192.0.0/24)"),
        ([192, 0, 2, 0], 24, "documentation (192.0.2/24)"),
        ([198, 51, 100, 0], 24, "documentation (198.51.100/24)"),
        ([203, 0, 113, 0], 24, "documentation (203.0.113/24)"),
        ([198, 18, 0, 0], 15, "benchmarking (198.18/15)"),
        ([224, 0, 0, 0], 4, "multicast"),
        // 240/4 includes the broadcast address 255.255.255.255.
        ([240, 0, 0, 0], 4, "reserved (240/4) or broadcast"),
    ];
    RULES.iter().find(|(net, bits, _)| in_v4(ip, *net, *bits)).map(|(_, _, why)| *why)
}

fn refused_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let segments = ip.segments();
    let embedded = |high: u16, low: u16| Ipv4Addr::from((u32::from(high) << 16) | u32::from(low));
    if ip.is_unspecified() {
        return Some("unspecified (::)");
    }
    if ip.is_loopback() {
        return Some("loopback (::1)");
    }
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated) reach IPv4 a.b.c.d.
    if segments[..5] == [0; 5] && (segments[5] == 0xffff || segments[5] == 0) {
        return refused_v4(embedded(segments[6], segments[7])).or(if segments[5] == 0 {
            Some("IPv4-compatible IPv6 (deprecated)")
        } else {
            None
        });
    }
    // 64:ff9b::/96, the NAT64 well-known prefix, translates to the IPv4 address in its last 32 bits.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return refused_v4(embedded(segments[6], segments[7]));
    }
    // 6to4 (2002::/16) carries an IPv4 address in bits 16..48.
    if segments[0] == 0x2002 {
        return refused_v4(embedded(segments[1], segments[2]));
    }
    const RULES: &[(u16, u16, u32, &str)] = &[
        // (first segment, second segment, prefix bits, why)
        (0x0064, 0xff9b, 32, "local-use NAT64 (64:ff9b:1::/48)"),
        (0x0100, 0, 64, "discard-only (100::/64)"),
        (0x2001, 0x0db8, 32, "documentation (2001:db8::/32)"),
        (0x2001, 0, 23, "IETF protocol assignments or Teredo (2001::/23)"),
        (0x3fff, 0, 20, "documentation (3fff::/20)"),
        (0xfc00, 0, 7, "unique local (fc00::/7)"),
        (0xfe80, 0, 10, "link-local (fe80::/10)"),
        (0xfec0, 0, 10, "site-local (fec0::/10, deprecated)"),
        (0xff00, 0, 8, "multicast"),
    ];
    let high = (u32::from(segments[0]) << 16) | u32::from(segments[1]);
    for (first, second, bits, why) in RULES {
        let net = (u32::from(*first) << 16) | u32::from(*second);
        let mask = u32::MAX << (32 - bits.min(&32));
        let matches =
            if *bits <= 32 { high & mask == net & mask } else { high == net && segments[2] == 0 && segments[3] == 0 };
        if matches {
            return Some(why);
        }
    }
    // Only global unicast (2000::/3) is the public Internet.
    if segments[0] & 0xe000 != 0x2000 {
        return Some("not global unicast (outside 2000::/3)");
    }
    None
}

/// The ports the Fetch standard forbids browsers to fetch from ("bad port"): mail, shell, DNS,
/// IRC and other services that are not the web. The relay keeps to what a browser may reach.
pub fn blocked_port(port: u16) -> bool {
    const BAD: &[u16] = &[
        0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
        109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526,
        530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045,
        4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
    ];
    BAD.contains(&port)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn bad_ports() {
        for port in [22, 25, 53, 110, 143, 6667, 10080] {
            assert!(blocked_port(port), "{port}");
        }
        for port in [80, 443, 8080, 8443, 3000, 18080] {
            assert!(!blocked_port(port), "{port}");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for text in [
            "93.184.215.14",
            "8.8.8.8",
            "1.1.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "2a00:1450::1",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ] {
            assert_eq!(refused(ip(text)), None, "{text}");
        }
    }

    #[test]
    fn every_refused_range() {
        for text in [
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "127.255.255.254",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "192.0.0.8",
            "192.0.2.1",
            "198.51.100.7",
            "203.0.113.9",
            "198.18.0.1",
            "198.19.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:7f00:1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::127.0.0.1",
            "::8.8.8.8",
            "64:ff9b::7f00:1",
            "64:ff9b::a00:1",
            "64:ff9b:1::1",
            "2002:7f00:1::1",
            "2002:a00:1::",
            "100::1",
            "2001:db8::1",
            "2001::1",
            "3fff::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "ff05::2",
            "4000::1",
            "::2:3:4",
        ] {
            assert!(refused(ip(text)).is_some(), "{text} should be refused");
        }
    }
}
