//! The padded intermediate transport: intermediate framing plus 0..15 random bytes.
//!
//! The client opens the connection with `dd dd dd dd`. Each frame is a 4-byte
//! little-endian total length, the payload, and 0..15 random bytes. Quick-ack replies are
//! framed too: `len | ff ff ff ff | token | 0..8 random bytes`, at most 16 bytes, so they
//! cannot be mistaken for an MTProto message (at least 20 bytes).
//!
//! Decoded frames include the padding: the MTProto layer drops it using the message
//! layout (an encrypted message is 24 bytes plus a multiple of 16, a plain one carries
//! its own length).
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports#padded-intermediate>.

use super::intermediate::{self, Head};
use super::{Decoded, QuickAckToken, Role, TransportError};

/// The four bytes a client sends before its first padded-intermediate frame.
pub(crate) const TAG: [u8; 4] = [0xdd; 4];

/// The most random padding a frame may carry.
pub(crate) const MAX_PADDING: usize = 15;

/// The most random padding a quick-ack reply may carry.
pub(crate) const MAX_QUICK_ACK_PADDING: usize = 8;

/// The marker word that opens a quick-ack reply.
const QUICK_ACK_MARKER: [u8; 4] = [0xff; 4];

/// Shortest MTProto message: auth_key_id, msg_id and a length field.
const MIN_MESSAGE: usize = 20;

/// Appends the padded frame for `payload` followed by `padding` to `out`.
pub(crate) fn encode(
    payload: &[u8],
    quick_ack: bool,
    padding: &[u8],
    max_len: usize,
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    if padding.len() > MAX_PADDING {
        return Err(TransportError::PaddingTooLong {
            len: padding.len(),
            max: MAX_PADDING,
        });
    }
    let total = payload.len() + padding.len();
    out.reserve(total + 4);
    intermediate::encode_header(total, quick_ack, max_len, out)?;
    out.extend_from_slice(payload);
    out.extend_from_slice(padding);
    Ok(())
}

/// Appends a framed quick-ack reply (server role).
pub(crate) fn encode_quick_ack(
    token: QuickAckToken,
    padding: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    if padding.len() > MAX_QUICK_ACK_PADDING {
        return Err(TransportError::PaddingTooLong {
            len: padding.len(),
            max: MAX_QUICK_ACK_PADDING,
        });
    }
    // 8 + at most 8 bytes: the cast cannot truncate.
    out.extend_from_slice(&(8 + padding.len() as u32).to_le_bytes());
    out.extend_from_slice(&QUICK_ACK_MARKER);
    out.extend_from_slice(&(token.0 | intermediate::QUICK_ACK_BIT).to_le_bytes());
    out.extend_from_slice(padding);
    Ok(())
}

/// Decodes the next frame at the start of `buf`, read by `role`.
pub(crate) fn decode(buf: &[u8], role: Role, max_len: usize) -> Result<Decoded, TransportError> {
    let (len, quick_ack_requested) = match intermediate::head(buf, role, max_len)? {
        Head::NeedMore => return Ok(Decoded::NeedMore { at_least: 4 }),
        // A bare token is not how this transport sends quick acks, but it is unambiguous.
        Head::QuickAck(token) => return Ok(Decoded::QuickAck { token, consumed: 4 }),
        Head::Frame {
            len,
            quick_ack_requested,
        } => (len, quick_ack_requested),
    };
    let total = 4 + len;
    let Some(frame) = buf.get(4..total) else {
        return Ok(Decoded::NeedMore { at_least: total });
    };
    if frame.len() < MIN_MESSAGE {
        if role == Role::Client
            && frame.get(..4) == Some(&QUICK_ACK_MARKER[..])
            && let Some(t) = frame.get(4..8)
        {
            let token = QuickAckToken(u32::from_le_bytes([t[0], t[1], t[2], t[3]]));
            return Ok(Decoded::QuickAck {
                token,
                consumed: total,
            });
        }
        if let Some(code) = frame.get(..4).and_then(super::error_code_of) {
            return Ok(Decoded::TransportError {
                code,
                consumed: total,
            });
        }
    }
    Ok(Decoded::Frame {
        payload: 4..total,
        consumed: total,
        quick_ack_requested,
        seq_no: None,
    })
}
