//! Telegram's built-in DC addresses, per library: what a client dials first, and what a
//! session format that stores only a DC id stands for (`docs/formats/dc-table.md`, which
//! also lists what the other libraries ship).
//!
//! Pyrogram strings and files (except Kurigram's) and tdata folders store only a DC id. The
//! address filled in seeds the first connection only: the auth key is bound to the DC id, not
//! to the IP, and any of the libraries' addresses reaches the right DC. The table follows the
//! source where it can, so that a conversion matches what the source library itself would use:
//!
//! | DC | production ([`DcSource::Pyrogram`], the default) | [`DcSource::Tdesktop`] | IPv6 | test (port 443) |
//! |---|---|---|---|---|
//! | 1 | 149.154.175.53 | 149.154.175.50 | 2001:b28:f23d:f001::a | 149.154.175.10 |
//! | 2 | 149.154.167.51 | 149.154.167.51 | 2001:67c:4e8:f002::a | 149.154.167.40 |
//! | 3 | 149.154.175.100 | 149.154.175.100 | 2001:b28:f23d:f003::a | 149.154.175.117 |
//! | 4 | 149.154.167.91 | 149.154.167.91 | 2001:67c:4e8:f004::a | – |
//! | 5 | 91.108.56.130 | 149.154.171.5 | 2001:b28:f23f:f005::a | – |
//! | 203 | 91.105.192.100 | – | 2a0a:f280:203:a:5000::100 | – |
//!
//! Every production entry uses port 443.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Whose table to consult for a DC's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum DcSource {
    /// Pyrogram's production table (the default for everything but tdata).
    #[default]
    Pyrogram,
    /// Telegram Desktop's built-in table (used for tdata folders; also opentele's).
    Tdesktop,
}

/// Test-server IPv4 addresses (`docs/formats/dc-table.md#test-servers`).
const TEST: [(u32, Ipv4Addr); 3] = [
    (1, Ipv4Addr::new(149, 154, 175, 10)),
    (2, Ipv4Addr::new(149, 154, 167, 40)),
    (3, Ipv4Addr::new(149, 154, 175, 117)),
];

/// The port every table entry uses.
pub const DEFAULT_PORT: u16 = 443;

/// The IPv4 address for a DC, or `None` for a DC id no table knows.
///
/// ```
/// use mtrs_types::builtin::{DcSource, ipv4};
/// assert_eq!(ipv4(2, false, DcSource::Pyrogram).unwrap().to_string(), "149.154.167.51");
/// assert_eq!(ipv4(2, true, DcSource::Pyrogram).unwrap().to_string(), "149.154.167.40");
/// assert_eq!(ipv4(9, false, DcSource::Tdesktop), None);
/// ```
pub fn ipv4(dc_id: u32, test_mode: bool, source: DcSource) -> Option<Ipv4Addr> {
    if test_mode {
        return TEST.iter().find(|(id, _)| *id == dc_id).map(|(_, ip)| *ip);
    }
    let ip = match (dc_id, source) {
        (1, DcSource::Pyrogram) => Ipv4Addr::new(149, 154, 175, 53),
        (1, DcSource::Tdesktop) => Ipv4Addr::new(149, 154, 175, 50),
        (2, _) => Ipv4Addr::new(149, 154, 167, 51),
        (3, _) => Ipv4Addr::new(149, 154, 175, 100),
        (4, _) => Ipv4Addr::new(149, 154, 167, 91),
        (5, DcSource::Pyrogram) => Ipv4Addr::new(91, 108, 56, 130),
        (5, DcSource::Tdesktop) => Ipv4Addr::new(149, 154, 171, 5),
        (203, DcSource::Pyrogram) => Ipv4Addr::new(91, 105, 192, 100),
        _ => return None,
    };
    Some(ip)
}

/// The IPv6 address for a DC (production and test), or `None` for an unknown DC id.
pub fn ipv6(dc_id: u32, test_mode: bool) -> Option<Ipv6Addr> {
    let seg = |a: u16, b: u16, c: u16, d: u16, last: u16| Ipv6Addr::new(a, b, c, d, 0, 0, 0, last);
    let tail = if test_mode { 0xe } else { 0xa };
    Some(match (dc_id, test_mode) {
        (1, _) => seg(0x2001, 0xb28, 0xf23d, 0xf001, tail),
        (2, _) => seg(0x2001, 0x67c, 0x4e8, 0xf002, tail),
        (3, _) => seg(0x2001, 0xb28, 0xf23d, 0xf003, tail),
        (4, false) => seg(0x2001, 0x67c, 0x4e8, 0xf004, tail),
        (5, false) => seg(0x2001, 0xb28, 0xf23f, 0xf005, tail),
        (203, false) => Ipv6Addr::new(0x2a0a, 0xf280, 0x203, 0xa, 0x5000, 0, 0, 0x100),
        _ => return None,
    })
}

/// Whether `ip` is one of the test servers' addresses (how formats without a test flag,
/// Telethon and GramJS, reveal a test session).
pub fn is_test_address(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => TEST.iter().any(|(_, t)| *t == v4),
        IpAddr::V6(v6) => (1..=3).any(|dc| ipv6(dc, true) == Some(v6)),
    }
}

#[cfg(test)]
mod tests;
