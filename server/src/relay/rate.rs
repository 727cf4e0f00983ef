//! The relay's rate limit: a token bucket per client address, holding a minute's allowance (so a
//! burst of that many passes) and refilled evenly. IPv6 clients are counted per /64, the block one
//! subscriber usually holds, so changing addresses inside it does not reset the count.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Instant;

/// Buckets beyond this many are pruned of the full ones (clients idle for a minute or more).
const MAX_CLIENTS: usize = 10_000;

pub struct RateLimit {
    per_minute: f64,
    buckets: HashMap<IpAddr, (f64, Instant)>,
}

impl RateLimit {
    pub fn new(per_minute: u32) -> RateLimit {
        RateLimit { per_minute: f64::from(per_minute.max(1)), buckets: HashMap::new() }
    }

    /// Takes one token for `client` at `now`: Ok, or Err(seconds until the next token).
    pub fn take(&mut self, client: IpAddr, now: Instant) -> Result<(), u64> {
        let per_second = self.per_minute / 60.0;
        if self.buckets.len() >= MAX_CLIENTS {
            let full = self.per_minute;
            self.buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * per_second < full);
            // Still full of active clients (many addresses at once): start afresh rather than
            // grow without bound. Everyone regains a burst; memory stays bounded.
            if self.buckets.len() >= MAX_CLIENTS {
                self.buckets.clear();
            }
        }
        let (tokens, at) = self.buckets.entry(key(client)).or_insert((self.per_minute, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * per_second).min(self.per_minute);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / per_second).ceil().max(1.0) as u64)
        }
    }
}

/// IPv4 (and IPv4-mapped IPv6) as is; other IPv6 by its /64.
fn key(client: IpAddr) -> IpAddr {
    match client {
        IpAddr::V4(_) => client,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_minutes_burst_then_two_a_second() {
        let mut limit = RateLimit::new(120);
        let start = Instant::now();
        let client: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..120 {
            assert_eq!(limit.take(client, start), Ok(()));
        }
        assert_eq!(limit.take(client, start), Err(1));
        // Another client has its own bucket.
        assert_eq!(limit.take("192.0.2.2".parse().unwrap(), start), Ok(()));
        // Half a second brings one token back.
        assert_eq!(limit.take(client, start + Duration::from_millis(500)), Ok(()));
        assert_eq!(limit.take(client, start + Duration::from_millis(500)), Err(1));
    }

    #[test]
    fn ipv6_by_64() {
        let mut limit = RateLimit::new(2);
        let now = Instant::now();
        assert!(limit.take("2001:db8:1:2::1".parse().unwrap(), now).is_ok());
        assert!(limit.take("2001:db8:1:2::ffff".parse().unwrap(), now).is_ok());
        assert!(limit.take("2001:db8:1:2:aaaa::".parse().unwrap(), now).is_err());
        assert!(limit.take("2001:db8:1:3::1".parse().unwrap(), now).is_ok());
        assert!(limit.take("::ffff:192.0.2.1".parse().unwrap(), now).is_ok());
        assert!(limit.take("192.0.2.1".parse().unwrap(), now).is_ok());
        assert!(limit.take("192.0.2.1".parse().unwrap(), now).is_err());
    }
}
