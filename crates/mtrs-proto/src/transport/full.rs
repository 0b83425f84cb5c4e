//! The full transport: length, sequence number, payload and CRC32 per frame.
//!
//! No opening tag. Each frame is `len (4, LE, the whole frame) | seq (4, LE, counting
//! frames per direction from 0) | payload | CRC32 (IEEE) of everything before it`.
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports#full>.

use super::{Decoded, TransportError, error_code_of};

/// Bytes a frame adds around its payload.
pub(crate) const OVERHEAD: usize = 12;

/// Appends the full frame for `payload` with sequence number `seq` to `out`.
pub(crate) fn encode(
    payload: &[u8],
    seq: u32,
    max_len: usize,
    out: &mut Vec<u8>,
) -> Result<(), TransportError> {
    let len = payload.len() + OVERHEAD;
    let word = u32::try_from(len)
        .ok()
        .filter(|_| payload.len() <= max_len)
        .ok_or(TransportError::FrameTooLong {
            len: payload.len(),
            max: max_len,
        })?;
    out.reserve(len);
    let start = out.len();
    out.extend_from_slice(&word.to_le_bytes());
    out.extend_from_slice(&seq.to_le_bytes());
    out.extend_from_slice(payload);
    let crc = crc32fast::hash(&out[start..]);
    out.extend_from_slice(&crc.to_le_bytes());
    Ok(())
}

/// Decodes the next frame at the start of `buf`, which must carry sequence number
/// `expected_seq`.
pub(crate) fn decode(
    buf: &[u8],
    expected_seq: u32,
    max_len: usize,
) -> Result<Decoded, TransportError> {
    let Some(h) = buf.get(..8) else {
        return Ok(Decoded::NeedMore { at_least: 8 });
    };
    let total = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;
    let seq = u32::from_le_bytes([h[4], h[5], h[6], h[7]]);
    if total < OVERHEAD + 4 {
        return Err(TransportError::FrameTooShort {
            len: total,
            min: OVERHEAD + 4,
        });
    }
    if total - OVERHEAD > max_len {
        return Err(TransportError::FrameTooLong {
            len: total - OVERHEAD,
            max: max_len,
        });
    }
    let Some(frame) = buf.get(..total) else {
        return Ok(Decoded::NeedMore { at_least: total });
    };
    let (body, crc) = frame.split_at(total - 4);
    let got = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    let expected = crc32fast::hash(body);
    if got != expected {
        return Err(TransportError::BadCrc { expected, got });
    }
    if seq != expected_seq {
        return Err(TransportError::BadSeqNo {
            expected: expected_seq,
            got: seq,
        });
    }
    let payload = 8..total - 4;
    if let Some(code) = body.get(8..).and_then(error_code_of) {
        return Ok(Decoded::TransportError {
            code,
            consumed: total,
        });
    }
    Ok(Decoded::Frame {
        payload,
        consumed: total,
        quick_ack_requested: false,
        seq_no: Some(seq),
    })
}
