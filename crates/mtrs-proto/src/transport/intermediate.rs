//! The intermediate transport: a 4-byte little-endian length before each payload.
//!
//! The client opens the connection with `ee ee ee ee`. A client asks for a quick ack by
//! setting the top bit of the length; the server answers with the 4-byte token (top bit
//! set) and no header, which cannot be a length because lengths never have that bit.
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports#intermediate>.

use super::{Decoded, QuickAckToken, Role, TransportError, error_code_of};

/// The four bytes a client sends before its first intermediate frame.
pub(crate) const TAG: [u8; 4] = [0xee; 4];

/// The top bit of a length word: a quick-ack request (client) or a quick ack (server).
pub(crate) const QUICK_ACK_BIT: u32 = 0x8000_0000;

/// Appends the 4-byte length header (with the quick-ack bit if asked) for `len` bytes.
pub(crate) fn encode_header(
    len: usize,
    quick_ack: bool,
    max_len: usize,
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    let word = u32::try_from(len)
        .ok()
        .filter(|&w| len <= max_len && w & QUICK_ACK_BIT == 0)
        .ok_or(TransportError::FrameTooLong { len, max: max_len })?;
    let flag = if quick_ack { QUICK_ACK_BIT } else { 0 };
    out.extend_from_slice(&(word | flag).to_le_bytes());
    Ok(())
}

/// Appends the intermediate frame for `payload` to `out`.
pub(crate) fn encode(
    payload: &[u8],
    quick_ack: bool,
    max_len: usize,
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    out.reserve(payload.len() + 4);
    encode_header(payload.len(), quick_ack, max_len, out)?;
    out.extend_from_slice(payload);
    Ok(())
}

/// Appends a quick-ack reply (server role): the little-endian token with its top bit set.
pub(crate) fn encode_quick_ack(token: QuickAckToken, out: &mut Vec<u8>) {
    out.extend_from_slice(&(token.0 | QUICK_ACK_BIT).to_le_bytes());
}

/// The parsed length word at the start of an intermediate or padded frame.
pub(crate) enum Head {
    /// Not even four bytes yet.
    NeedMore,
    /// A bare quick ack (client role).
    QuickAck(QuickAckToken),
    /// A frame of `len` bytes follows the 4-byte header.
    Frame {
        len: usize,
        quick_ack_requested: bool,
    },
}

/// Reads the length word shared by the intermediate and padded transports.
pub(crate) fn head(buf: &[u8], role: Role, max_len: usize) -> Result<Head, TransportError> {
    let Some(h) = buf.get(..4) else {
        return Ok(Head::NeedMore);
    };
    let word = u32::from_le_bytes([h[0], h[1], h[2], h[3]]);
    let quick = word & QUICK_ACK_BIT != 0;
    if quick && role == Role::Client {
        return Ok(Head::QuickAck(QuickAckToken(word)));
    }
    let len = (word & !QUICK_ACK_BIT) as usize;
    if len > max_len {
        return Err(TransportError::FrameTooLong { len, max: max_len });
    }
    if len < 4 {
        return Err(TransportError::FrameTooShort { len, min: 4 });
    }
    Ok(Head::Frame {
        len,
        quick_ack_requested: quick,
    })
}

/// Decodes the next frame at the start of `buf`, read by `role`.
pub(crate) fn decode(buf: &[u8], role: Role, max_len: usize) -> Result<Decoded, TransportError> {
    let (len, quick_ack_requested) = match head(buf, role, max_len)? {
        Head::NeedMore => return Ok(Decoded::NeedMore { at_least: 4 }),
        Head::QuickAck(token) => return Ok(Decoded::QuickAck { token, consumed: 4 }),
        Head::Frame {
            len,
            quick_ack_requested,
        } => (len, quick_ack_requested),
    };
    let total = 4 + len;
    let Some(payload) = buf.get(4..total) else {
        return Ok(Decoded::NeedMore { at_least: total });
    };
    if let Some(code) = error_code_of(payload) {
        return Ok(Decoded::TransportError {
            code,
            consumed: total,
        });
    }
    Ok(Decoded::Frame {
        payload: 4..total,
        consumed: total,
        quick_ack_requested,
        seq_no: None,
    })
}
