//! MTProto packets: plain (the key exchange) and encrypted (everything else).
//!
//! See <https://core.telegram.org/mtproto/description>.

pub mod encrypted;
pub mod plain;

/// Reads a little-endian `i64` at `at`; the caller has checked the bounds.
fn le_i64(buf: &[u8], at: usize) -> Option<i64> {
    let b: [u8; 8] = buf.get(at..at + 8)?.try_into().ok()?;
    Some(i64::from_le_bytes(b))
}

/// Reads a little-endian `u32` at `at`.
fn le_u32(buf: &[u8], at: usize) -> Option<u32> {
    let b: [u8; 4] = buf.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(b))
}

/// Whether a packet is a plain message (its auth_key_id is zero).
///
/// ```
/// assert!(mtrs_proto::packet::is_plain(&[0; 24]));
/// assert!(!mtrs_proto::packet::is_plain(&[1; 24]));
/// ```
pub fn is_plain(packet: &[u8]) -> bool {
    packet.get(..8).is_some_and(|id| id == [0; 8])
}
