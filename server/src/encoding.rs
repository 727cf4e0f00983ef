//! Which stored representation a request gets, from its `Accept-Encoding`: brotli, else gzip,
//! else the file as it is. Only the client's refusals (`q=0`) matter, not the order of preference:
//! brotli is the smaller wherever it is accepted.

/// A stored representation of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    /// The `Content-Encoding` value, none for identity.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Coding::Brotli => Some("br"),
            Coding::Gzip => Some("gzip"),
            Coding::Identity => None,
        }
    }
}

/// Whether `coding` is acceptable per `accept` (RFC 9110 §12.5.3): named with q > 0, or `*`
/// with q > 0 and not named. Identity is always acceptable here: a 406 helps no one.
pub fn accepts(accept: &str, coding: &str) -> bool {
    let mut star = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let quality = parts
            .filter_map(|param| {
                let (key, value) = param.split_once('=')?;
                (key.trim().eq_ignore_ascii_case("q")).then(|| value.trim().parse::<f32>().unwrap_or(0.0))
            })
            .next()
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) || (coding == "gzip" && name.eq_ignore_ascii_case("x-gzip")) {
            return quality > 0.0;
        }
        if name == "*" {
            star = Some(quality > 0.0);
        }
    }
    star.unwrap_or(false)
}

/// The best of the available codings for this `Accept-Encoding`.
pub fn choose(accept: Option<&str>, has_brotli: bool, has_gzip: bool) -> Coding {
    let accept = accept.unwrap_or("");
    if has_brotli && accepts(accept, "br") {
        Coding::Brotli
    } else if has_gzip && accepts(accept, "gzip") {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(choose(Some("gzip, deflate, br, zstd"), true, true), Coding::Brotli);
        assert_eq!(choose(Some("gzip, deflate"), true, true), Coding::Gzip);
        assert_eq!(choose(Some("br;q=0, gzip"), true, true), Coding::Gzip);
        assert_eq!(choose(Some("br;q=0.5, gzip;q=1"), true, true), Coding::Brotli);
        assert_eq!(choose(Some("*"), true, true), Coding::Brotli);
        assert_eq!(choose(Some("*;q=0, gzip"), true, true), Coding::Gzip);
        assert_eq!(choose(Some("identity"), true, true), Coding::Identity);
        assert_eq!(choose(None, true, true), Coding::Identity);
        assert_eq!(choose(Some("br"), false, true), Coding::Identity);
        assert_eq!(choose(Some("BR ; Q=0.1"), true, false), Coding::Brotli);
        assert_eq!(choose(Some("br;q=oops"), true, false), Coding::Identity);
        assert_eq!(choose(Some(";;,,=;q"), true, true), Coding::Identity);
    }
}
