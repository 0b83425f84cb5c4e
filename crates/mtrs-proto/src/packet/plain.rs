//! Plain (unencrypted) messages: `auth_key_id = 0 | msg_id | length | data`.
//!
//! Only the auth key exchange travels in plain messages.

use super::{le_i64, le_u32};
use crate::error::PacketError;
use crate::msg_id::MsgId;

/// Bytes before the message data.
pub const HEADER_LEN: usize = 20;

/// A received plain message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlainMessage<'a> {
    /// Its msg_id.
    pub msg_id: MsgId,
    /// The TL-serialized body.
    pub body: &'a [u8],
}

/// Appends a plain message carrying `body` to `out`.
///
/// ```
/// use mtrs_proto::msg_id::MsgId;
/// use mtrs_proto::packet::plain;
/// let mut out = Vec::new();
/// plain::write(MsgId(0x51e57ac42770964a), &[1, 2, 3, 4], &mut out);
/// let msg = plain::read(&out).unwrap();
/// assert_eq!((msg.msg_id, msg.body), (MsgId(0x51e57ac42770964a), &[1, 2, 3, 4][..]));
/// ```
pub fn write(msg_id: MsgId, body: &[u8], out: &mut Vec<u8>) {
    out.reserve(HEADER_LEN + body.len());
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(&msg_id.0.to_le_bytes());
    // Bodies are bounded by the transport's frame limit, far below 4 GiB.
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(body);
}

/// Parses a plain message. Up to 15 trailing bytes (padded-intermediate padding) are
/// ignored.
pub fn read(packet: &[u8]) -> Result<PlainMessage<'_>, PacketError> {
    if packet.len() < HEADER_LEN {
        return Err(PacketError::TooShort {
            len: packet.len(),
            min: HEADER_LEN,
        });
    }
    if !super::is_plain(packet) {
        return Err(PacketError::UnexpectedKind { plain: false });
    }
    let too_short = PacketError::TooShort {
        len: packet.len(),
        min: HEADER_LEN,
    };
    let msg_id = MsgId(le_i64(packet, 8).ok_or(too_short.clone())?);
    let declared = le_u32(packet, 16).ok_or(too_short)?;
    let available = packet.len() - HEADER_LEN;
    let len = declared as usize;
    if len > available || available - len > 15 || !len.is_multiple_of(4) {
        return Err(PacketError::BadLength {
            declared,
            available,
        });
    }
    let body = packet
        .get(HEADER_LEN..HEADER_LEN + len)
        .ok_or(PacketError::BadLength {
            declared,
            available,
        })?;
    Ok(PlainMessage { msg_id, body })
}
