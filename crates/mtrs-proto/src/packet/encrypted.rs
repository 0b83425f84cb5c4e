//! MTProto 2.0 encrypted messages.
//!
//! Wire: `auth_key_id (8) | msg_key (16) | AES-256-IGE(plaintext)` with plaintext
//! `salt | session_id | msg_id | seq_no | length | data | 12..1024 padding bytes`, a multiple
//! of 16 bytes in all. Reading runs every check of the security guidelines that needs no
//! session state: auth_key_id, msg_key recomputed and compared in constant time (before
//! anything else of the plaintext is looked at), length and padding bounds. The caller
//! checks session_id, msg_id and seq_no (see [`crate::msg_id::ReceivedMsgIds`]).
//!
//! See <https://core.telegram.org/mtproto/description#encrypted-message> and
//! <https://core.telegram.org/mtproto/security_guidelines>.

use mtrs_crypto::{AuthKey, AuthKeyId, Direction, msg_key};

use super::{le_i64, le_u32};
use crate::error::PacketError;
use crate::msg_id::MsgId;
use crate::salt::Salt;
use crate::seq_no::SeqNo;
use crate::session_id::SessionId;
use crate::transport::QuickAckToken;

/// `auth_key_id` and `msg_key` before the ciphertext.
pub const OUTER_LEN: usize = 24;

/// The plaintext header before the message data.
pub const HEADER_LEN: usize = 32;

/// The least padding allowed.
pub const MIN_PADDING: usize = 12;

/// The most padding allowed.
pub const MAX_PADDING: usize = 1024;

/// The smallest valid packet: outer header, plaintext header and minimal padding, rounded
/// up to a whole AES block.
pub const MIN_PACKET_LEN: usize = OUTER_LEN + 48;

/// The header fields of an encrypted message's plaintext.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The server salt.
    pub salt: Salt,
    /// The session.
    pub session_id: SessionId,
    /// The message id.
    pub msg_id: MsgId,
    /// The sequence number.
    pub seq_no: SeqNo,
}

/// A decrypted, authenticated message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decrypted<'a> {
    /// The plaintext header.
    pub header: Header,
    /// The TL-serialized body.
    pub body: &'a [u8],
    plaintext: &'a [u8],
}

impl Decrypted<'_> {
    /// The token a server acknowledges this message with, if the client asked for a quick
    /// ack (`direction` as given to [`read`]).
    pub fn quick_ack_token(&self, key: &AuthKey, direction: Direction) -> QuickAckToken {
        let large = msg_key::msg_key_large(key, direction, self.plaintext);
        QuickAckToken(msg_key::quick_ack_token(&large))
    }
}

/// The padding length (12..=27) that brings a body of `body_len` bytes to a multiple of
/// 16. Callers may add whole blocks of 16 up to [`MAX_PADDING`] to hide lengths.
///
/// ```
/// assert_eq!(mtrs_proto::packet::encrypted::padding_len(16), 16);
/// assert_eq!(mtrs_proto::packet::encrypted::padding_len(20), 12);
/// ```
pub fn padding_len(body_len: usize) -> usize {
    let unpadded = HEADER_LEN + body_len + MIN_PADDING;
    MIN_PADDING + (16 - unpadded % 16) % 16
}

/// Appends an encrypted message to `out` without allocating (once `out` has room).
///
/// `padding` are the caller's random bytes (see [`padding_len`]). With `quick_ack` the
/// token a server would acknowledge the message with is returned.
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction};
/// use mtrs_proto::packet::encrypted::{self, Header};
/// use mtrs_proto::{MsgId, Salt, SeqNo, SessionId};
///
/// let key = AuthKey::from_bytes([5; 256]);
/// let header = Header { salt: Salt(1), session_id: SessionId(2), msg_id: MsgId(4 << 32), seq_no: SeqNo(1) };
/// let body = [0xec, 0x77, 0xbe, 0x7a, 1, 0, 0, 0, 0, 0, 0, 0]; // ping
/// let padding = [0x55; 32];
/// let mut packet = Vec::new();
/// let pad = &padding[..encrypted::padding_len(body.len())];
/// encrypted::write(&key, Direction::ClientToServer, &header, &body, pad, false, &mut packet)?;
/// let msg = encrypted::read(&key, Direction::ClientToServer, &mut packet)?;
/// assert_eq!((msg.header, msg.body), (header, &body[..]));
/// # Ok::<(), mtrs_proto::PacketError>(())
/// ```
pub fn write(
    key: &AuthKey,
    direction: Direction,
    header: &Header,
    body: &[u8],
    padding: &[u8],
    quick_ack: bool,
    out: &mut Vec<u8>,
) -> Result<Option<QuickAckToken>, PacketError> {
    let body = Body {
        len: body.len(),
        write: |out: &mut Vec<u8>| out.extend_from_slice(body),
    };
    write_with(key, direction, header, body, padding, quick_ack, out)
}

/// A message body that [`write_with`] has written straight into the packet, so a body made
/// of parts (a container of shared message bodies) needs no buffer of its own.
#[derive(Clone, Copy, Debug)]
pub struct Body<F> {
    /// Bytes `write` appends (a multiple of 4).
    pub len: usize,
    /// Appends exactly `len` bytes.
    pub write: F,
}

/// [`write()`] with a body written in place by `body.write`: the packet in `out` is the only
/// buffer the body is copied into.
///
/// # Errors
/// [`PacketError::BadPadding`] or [`PacketError::BadLength`] as [`write()`]; also
/// [`PacketError::BadLength`] if `body.write` appended other than `body.len` bytes (`out`
/// is then left as it was).
pub fn write_with<F: FnOnce(&mut Vec<u8>)>(
    key: &AuthKey,
    direction: Direction,
    header: &Header,
    body: Body<F>,
    padding: &[u8],
    quick_ack: bool,
    out: &mut Vec<u8>,
) -> Result<Option<QuickAckToken>, PacketError> {
    let body_len = body.len;
    let plain_len = HEADER_LEN + body_len + padding.len();
    if !(MIN_PADDING..=MAX_PADDING).contains(&padding.len()) || !plain_len.is_multiple_of(16) {
        return Err(PacketError::BadPadding { len: padding.len() });
    }
    let declared = u32::try_from(body_len)
        .ok()
        .filter(|_| body_len.is_multiple_of(4))
        .ok_or(PacketError::BadLength {
            declared: u32::MAX,
            available: body_len,
        })?;
    out.reserve(OUTER_LEN + plain_len);
    let start = out.len();
    out.extend_from_slice(&key.id().to_le_bytes());
    out.extend_from_slice(&[0; 16]);
    out.extend_from_slice(&header.salt.0.to_le_bytes());
    out.extend_from_slice(&header.session_id.0.to_le_bytes());
    out.extend_from_slice(&header.msg_id.0.to_le_bytes());
    out.extend_from_slice(&header.seq_no.0.to_le_bytes());
    out.extend_from_slice(&declared.to_le_bytes());
    let body_start = out.len();
    (body.write)(out);
    let written = out.len() - body_start;
    if written != body_len {
        out.truncate(start);
        return Err(PacketError::BadLength {
            declared,
            available: written,
        });
    }
    out.extend_from_slice(padding);
    let (outer, plaintext) = out[start..].split_at_mut(OUTER_LEN);
    let token = quick_ack.then(|| {
        let large = msg_key::msg_key_large(key, direction, plaintext);
        QuickAckToken(msg_key::quick_ack_token(&large))
    });
    // The plaintext length was checked to be a multiple of 16 above.
    let mk = msg_key::encrypt(key, direction, plaintext)
        .map_err(|_| PacketError::BadPadding { len: padding.len() })?;
    outer[8..24].copy_from_slice(&mk);
    Ok(token)
}

/// Decrypts and authenticates a packet in place.
///
/// Bytes past the last whole AES block are ignored (the padded-intermediate transport adds
/// up to 15). Every failure before the msg_key check yields the same
/// [`PacketError::MsgKeyMismatch`] as a forged packet; only the outer auth_key_id and the
/// total length are reported separately, since they travel in clear.
pub fn read<'a>(
    key: &AuthKey,
    direction: Direction,
    packet: &'a mut [u8],
) -> Result<Decrypted<'a>, PacketError> {
    if packet.len() < MIN_PACKET_LEN {
        return Err(PacketError::TooShort {
            len: packet.len(),
            min: MIN_PACKET_LEN,
        });
    }
    let got = AuthKeyId(le_i64(packet, 0).unwrap_or_default() as u64);
    if got.0 == 0 {
        return Err(PacketError::UnexpectedKind { plain: true });
    }
    if got != key.id() {
        return Err(PacketError::UnexpectedAuthKeyId {
            expected: key.id(),
            got,
        });
    }
    let cipher_len = (packet.len() - OUTER_LEN) / 16 * 16;
    let (outer, rest) = packet.split_at_mut(OUTER_LEN);
    let plaintext = rest.get_mut(..cipher_len).unwrap_or_default();
    let mut mk = [0u8; 16];
    mk.copy_from_slice(&outer[8..24]);
    msg_key::decrypt(key, direction, &mk, plaintext).map_err(|_| PacketError::MsgKeyMismatch)?;
    let plaintext: &'a [u8] = plaintext;
    parse(plaintext)
}

fn parse(plaintext: &[u8]) -> Result<Decrypted<'_>, PacketError> {
    let field = |at| le_i64(plaintext, at).ok_or(PacketError::MsgKeyMismatch);
    let header = Header {
        salt: Salt(field(0)?),
        session_id: SessionId(field(8)?),
        msg_id: MsgId(field(16)?),
        seq_no: SeqNo(le_u32(plaintext, 24).ok_or(PacketError::MsgKeyMismatch)? as i32),
    };
    let declared = le_u32(plaintext, 28).ok_or(PacketError::MsgKeyMismatch)?;
    let available = plaintext.len() - HEADER_LEN;
    let len = declared as usize;
    if len > available || !len.is_multiple_of(4) {
        return Err(PacketError::BadLength {
            declared,
            available,
        });
    }
    let padding = available - len;
    if !(MIN_PADDING..=MAX_PADDING).contains(&padding) {
        return Err(PacketError::BadPadding { len: padding });
    }
    let body = plaintext
        .get(HEADER_LEN..HEADER_LEN + len)
        .ok_or(PacketError::BadLength {
            declared,
            available,
        })?;
    Ok(Decrypted {
        header,
        body,
        plaintext,
    })
}

/// The quick-ack token of a packet that [`read`] accepted, from the buffer as `read` left
/// it (decrypted in place).
pub fn quick_ack_token_of_decrypted(
    key: &AuthKey,
    direction: Direction,
    packet: &[u8],
) -> QuickAckToken {
    let len = packet.len().saturating_sub(OUTER_LEN) / 16 * 16;
    let plaintext = packet.get(OUTER_LEN..OUTER_LEN + len).unwrap_or_default();
    QuickAckToken(msg_key::quick_ack_token(&msg_key::msg_key_large(
        key, direction, plaintext,
    )))
}

#[cfg(test)]
mod tests;
