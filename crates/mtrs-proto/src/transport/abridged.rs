//! The abridged transport: a one-byte (or four-byte) length counted in 4-byte words.
//!
//! The client opens the connection with the single byte `0xef`. A frame's length is
//! `len / 4` in one byte if it is below 127, otherwise `0x7f` followed by `len / 4` as
//! 3 little-endian bytes. A client asks for a quick ack by setting the top bit of the first
//! header byte; the server answers with the 4-byte token in big-endian order and no header
//! (its first byte has the top bit set, which no length byte has).
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports#abridged>.

use super::{Decoded, QuickAckToken, Role, TransportError, error_code_of};

/// The byte a client sends before its first abridged frame.
pub(crate) const TAG: [u8; 1] = [0xef];

/// The largest length an abridged header can express (2^24 words).
const MAX_WORDS: usize = (1 << 24) - 1;

/// Appends the abridged frame for `payload` to `out`.
pub(crate) fn encode(
    payload: &[u8],
    quick_ack: bool,
    max_len: usize,
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    let len = payload.len();
    if !len.is_multiple_of(4) {
        return Err(TransportError::Misaligned { len });
    }
    let words = len / 4;
    if len > max_len || words > MAX_WORDS {
        return Err(TransportError::FrameTooLong {
            len,
            max: max_len.min(MAX_WORDS * 4),
        });
    }
    let flag = if quick_ack { 0x80 } else { 0 };
    out.reserve(len + 4);
    if words < 0x7f {
        // words < 127 fits in the low 7 bits
        out.push(words as u8 | flag);
    } else {
        let w = (words as u32).to_le_bytes();
        out.extend_from_slice(&[0x7f | flag, w[0], w[1], w[2]]);
    }
    out.extend_from_slice(payload);
    Ok(())
}

/// Appends a quick-ack reply (server role): the token in big-endian order, no header.
pub(crate) fn encode_quick_ack(token: QuickAckToken, out: &mut Vec<u8>) {
    out.extend_from_slice(&(token.0 | 0x8000_0000).to_be_bytes());
}

/// Decodes the next frame at the start of `buf`, read by `role`.
pub(crate) fn decode(buf: &[u8], role: Role, max_len: usize) -> Result<Decoded, TransportError> {
    let Some(&first) = buf.first() else {
        return Ok(Decoded::NeedMore { at_least: 1 });
    };
    let mut quick_ack_requested = false;
    let mut head = first;
    if first & 0x80 != 0 {
        match role {
            Role::Client => {
                let Some(word) = buf.get(..4) else {
                    return Ok(Decoded::NeedMore { at_least: 4 });
                };
                let token = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
                return Ok(Decoded::QuickAck {
                    token: QuickAckToken(token),
                    consumed: 4,
                });
            }
            Role::Server => {
                quick_ack_requested = true;
                head = first & 0x7f;
            }
        }
    }
    let (header_len, words) = if head == 0x7f {
        let Some(h) = buf.get(..4) else {
            return Ok(Decoded::NeedMore { at_least: 4 });
        };
        (4, u32::from_le_bytes([h[1], h[2], h[3], 0]) as usize)
    } else {
        (1, usize::from(head))
    };
    let len = words * 4;
    if len > max_len {
        return Err(TransportError::FrameTooLong { len, max: max_len });
    }
    if len == 0 {
        return Err(TransportError::FrameTooShort { len, min: 4 });
    }
    let total = header_len + len;
    if buf.len() < total {
        return Ok(Decoded::NeedMore { at_least: total });
    }
    let payload = header_len..total;
    if let Some(code) = error_code_of(&buf[payload.clone()]) {
        return Ok(Decoded::TransportError {
            code,
            consumed: total,
        });
    }
    Ok(Decoded::Frame {
        payload,
        consumed: total,
        quick_ack_requested,
        seq_no: None,
    })
}
