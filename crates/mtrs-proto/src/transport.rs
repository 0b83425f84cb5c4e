//! MTProto transports as pure codecs over byte buffers.
//!
//! A [`Transport`] frames outgoing MTProto payloads into a caller's buffer and splits
//! received bytes, in whatever chunks they arrive, back into frames. Running out of bytes
//! is a normal outcome ([`Decoded::NeedMore`], or `Ok(None)` from
//! [`Transport::next_incoming`]), not an error. Transport error codes (−404, −429, −444, …)
//! and quick acks come out as typed [`Incoming`] values.
//!
//! The server role detects the transport from the first bytes, as Telegram does:
//! `ef` → abridged, `ee ee ee ee` → intermediate, `dd dd dd dd` → padded intermediate,
//! a zero sequence number in bytes 4..8 → full, anything else → obfuscated2 (64-byte header).
//! A full-transport stream whose first length byte is `0xef` is read as abridged; Telegram
//! has the same ambiguity. Obfuscated2 (and MTProxy with a secret) wraps the other three
//! in AES-256-CTR streams; see [`Transport::client_obfuscated`].
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports>.

mod abridged;
mod detect;
mod full;
mod intermediate;
mod padded;

use std::fmt;
use std::ops::Range;

use mtrs_crypto::obfuscated::{self, Streams};
use thiserror::Error;

/// Default upper bound on a frame's payload: 4 MiB (Telegram's largest replies are ~1 MiB).
pub const DEFAULT_MAX_FRAME_LEN: usize = 4 * 1024 * 1024;

/// The most random padding [`TransportKind::PaddedIntermediate`] puts after a payload.
pub const MAX_PADDING: usize = padded::MAX_PADDING;

/// The framing a connection uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportKind {
    /// One- or four-byte length in 4-byte words; tag `ef`.
    Abridged,
    /// Four-byte length; tag `ee ee ee ee`.
    Intermediate,
    /// Four-byte length plus 0..15 random bytes; tag `dd dd dd dd`.
    PaddedIntermediate,
    /// Length, sequence number and CRC32 per frame; no tag.
    Full,
}

impl TransportKind {
    /// The bytes a client sends before its first frame (empty for [`TransportKind::Full`]).
    pub fn tag(self) -> &'static [u8] {
        match self {
            Self::Abridged => &abridged::TAG,
            Self::Intermediate => &intermediate::TAG,
            Self::PaddedIntermediate => &padded::TAG,
            Self::Full => &[],
        }
    }

    /// The four tag bytes an obfuscated2 header carries at offset 56, if the kind can be
    /// obfuscated (the full transport cannot).
    pub fn obfuscated_tag(self) -> Option<[u8; 4]> {
        match self {
            Self::Abridged => Some([0xef; 4]),
            Self::Intermediate => Some(intermediate::TAG),
            Self::PaddedIntermediate => Some(padded::TAG),
            Self::Full => None,
        }
    }

    /// Decodes the next frame at the start of `buf` as read by `role`, without state.
    ///
    /// `expected_seq` is checked by the full transport only. This is the pure core of
    /// [`Transport::next_incoming`].
    ///
    /// ```
    /// use mtrs_proto::transport::{Decoded, Role, TransportKind};
    /// let kind = TransportKind::Intermediate;
    /// let buf = [8, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8];
    /// assert_eq!(
    ///     kind.decode(&buf[..5], Role::Server, 0, 1024),
    ///     Ok(Decoded::NeedMore { at_least: 12 })
    /// );
    /// let Ok(Decoded::Frame { payload, consumed, .. }) = kind.decode(&buf, Role::Server, 0, 1024)
    /// else { panic!() };
    /// assert_eq!((&buf[payload], consumed), (&[1, 2, 3, 4, 5, 6, 7, 8][..], 12));
    /// ```
    pub fn decode(
        self,
        buf: &[u8],
        role: Role,
        expected_seq: u32,
        max_len: usize,
    ) -> Result<Decoded, TransportError> {
        match self {
            Self::Abridged => abridged::decode(buf, role, max_len),
            Self::Intermediate => intermediate::decode(buf, role, max_len),
            Self::PaddedIntermediate => padded::decode(buf, role, max_len),
            Self::Full => full::decode(buf, expected_seq, max_len),
        }
    }
}

/// Which end of the connection this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The side that opens the connection and sends queries.
    Client,
    /// The side that accepts the connection (a DC, or the test DC).
    Server,
}

/// The token of a quick acknowledgement: the first 4 bytes of `msg_key_large` read
/// little-endian, with the top bit set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuickAckToken(pub u32);

/// A negative code the server sends instead of a payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorCode {
    /// −404: the auth key is unknown, or the MTProto fields or handshake were malformed.
    AuthKeyNotFound,
    /// −429: transport flood (too many connections, or container/service limits).
    Flood,
    /// −444: invalid DC id during key creation (or through MTProxy).
    InvalidDc,
    /// −403: forbidden.
    Forbidden,
    /// Any other negative code.
    Other(i32),
}

impl TransportErrorCode {
    /// Maps a wire value to its code.
    pub fn from_code(code: i32) -> Self {
        match code {
            -404 => Self::AuthKeyNotFound,
            -429 => Self::Flood,
            -444 => Self::InvalidDc,
            -403 => Self::Forbidden,
            other => Self::Other(other),
        }
    }

    /// The wire value (negative).
    pub fn code(self) -> i32 {
        match self {
            Self::AuthKeyNotFound => -404,
            Self::Flood => -429,
            Self::InvalidDc => -444,
            Self::Forbidden => -403,
            Self::Other(code) => code,
        }
    }
}

impl fmt::Display for TransportErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error {}", self.code())
    }
}

/// A payload that is exactly one negative little-endian `i32` is a transport error.
fn error_code_of(payload: &[u8]) -> Option<TransportErrorCode> {
    let word: [u8; 4] = payload.try_into().ok()?;
    let code = i32::from_le_bytes(word);
    (code < 0).then(|| TransportErrorCode::from_code(code))
}

/// One step of stateless decoding (see [`TransportKind::decode`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// The buffer holds an incomplete frame; at least `at_least` bytes are needed in all.
    NeedMore {
        /// Total bytes (from the start of the buffer) needed before trying again.
        at_least: usize,
    },
    /// A complete frame.
    Frame {
        /// Where the payload lies in the buffer (padded intermediate: padding included).
        payload: Range<usize>,
        /// Bytes the frame occupies, header and trailer included.
        consumed: usize,
        /// The client asked for a quick ack (server role only).
        quick_ack_requested: bool,
        /// The frame's sequence number (full transport only).
        seq_no: Option<u32>,
    },
    /// A quick acknowledgement (client role only).
    QuickAck {
        /// The acknowledged token.
        token: QuickAckToken,
        /// Bytes it occupies.
        consumed: usize,
    },
    /// A transport error code in place of a payload.
    TransportError {
        /// The code.
        code: TransportErrorCode,
        /// Bytes it occupies.
        consumed: usize,
    },
}

/// What [`Transport::next_incoming`] yields.
#[derive(Debug, PartialEq, Eq)]
pub enum Incoming<'a> {
    /// An MTProto payload, mutable so it can be decrypted in place. With padded
    /// intermediate it still carries the random padding.
    Frame {
        /// The payload bytes.
        payload: &'a mut [u8],
        /// The client asked for a quick ack (server role only).
        quick_ack_requested: bool,
    },
    /// A quick acknowledgement of an earlier message (client role only).
    QuickAck(QuickAckToken),
    /// The peer sent a transport error code.
    Error(TransportErrorCode),
}

/// A malformed byte stream. Every variant is fatal for the connection.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportError {
    /// A frame longer than the configured maximum (or than the header can express).
    #[error("frame of {len} bytes exceeds the maximum of {max}")]
    FrameTooLong {
        /// The frame's payload length.
        len: usize,
        /// The allowed maximum.
        max: usize,
    },
    /// A frame shorter than any payload can be.
    #[error("frame of {len} bytes is shorter than the minimum of {min}")]
    FrameTooShort {
        /// The declared length.
        len: usize,
        /// The minimum.
        min: usize,
    },
    /// The abridged transport can only carry payloads whose length is a multiple of 4.
    #[error("payload of {len} bytes is not a multiple of 4")]
    Misaligned {
        /// The payload length.
        len: usize,
    },
    /// Padding longer than the transport allows.
    #[error("padding of {len} bytes exceeds the maximum of {max}")]
    PaddingTooLong {
        /// The padding length.
        len: usize,
        /// The allowed maximum.
        max: usize,
    },
    /// A full-transport frame whose CRC32 does not match.
    #[error("bad CRC32: computed {expected:08x}, frame carries {got:08x}")]
    BadCrc {
        /// The CRC computed over the frame.
        expected: u32,
        /// The CRC the frame carries.
        got: u32,
    },
    /// A full-transport frame out of sequence.
    #[error("bad transport sequence number: expected {expected}, got {got}")]
    BadSeqNo {
        /// The next sequence number.
        expected: u32,
        /// The one received.
        got: u32,
    },
    /// A decrypted obfuscated2 header carries no known transport tag.
    #[error("obfuscated2 header carries unknown transport tag {tag:02x?}")]
    UnknownObfuscatedTag {
        /// The four decrypted tag bytes.
        tag: [u8; 4],
    },
    /// The 64 random bytes offered for an obfuscated2 header must be redrawn.
    #[error("random obfuscated2 header rejected; draw another")]
    HeaderRandomRejected,
    /// The transport cannot be obfuscated (the full transport).
    #[error("transport {kind:?} cannot be obfuscated")]
    NotObfuscatable {
        /// The transport.
        kind: TransportKind,
    },
    /// An operation reserved to the other role (e.g. a server sending a quick-ack request).
    #[error("operation not available in the {role:?} role")]
    WrongRole {
        /// This transport's role.
        role: Role,
    },
    /// Something other than a frame was requested before the server detected the transport.
    #[error("the transport is not known yet")]
    NotDetected,
}

/// A connection's framing state: the codec, the full transport's counters and the
/// receive buffer.
///
/// ```
/// use mtrs_proto::transport::{Incoming, Transport, TransportKind};
///
/// let mut client = Transport::client(TransportKind::Abridged);
/// let mut server = Transport::server();
/// let mut wire = Vec::new();
/// client.encode(&[1, 2, 3, 4], false, &[], &mut wire).unwrap();
/// assert_eq!(wire, [0xef, 0x01, 1, 2, 3, 4]);
///
/// server.push_received(&wire[..3]).unwrap();
/// assert_eq!(server.next_incoming(), Ok(None)); // need more bytes
/// server.push_received(&wire[3..]).unwrap();
/// assert_eq!(server.kind(), Some(TransportKind::Abridged));
/// let Ok(Some(Incoming::Frame { payload, .. })) = server.next_incoming() else { panic!() };
/// assert_eq!(payload, &[1, 2, 3, 4]);
/// ```
pub struct Transport {
    role: Role,
    kind: Option<TransportKind>,
    max_frame_len: usize,
    send_seq: u32,
    recv_seq: u32,
    /// Bytes still to send before the first frame (tag or obfuscated2 header).
    init: Vec<u8>,
    rx: Vec<u8>,
    rx_start: usize,
    /// The obfuscated2 streams, once set up.
    obfuscation: Option<Streams>,
    /// Server: the MTProxy secret obfuscated clients must use.
    proxy_secret: Option<[u8; 16]>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("role", &self.role)
            .field("kind", &self.kind)
            .field("send_seq", &self.send_seq)
            .field("recv_seq", &self.recv_seq)
            .field("buffered", &(self.rx.len() - self.rx_start))
            .field("obfuscated", &self.obfuscation.is_some())
            .finish_non_exhaustive()
    }
}

impl Transport {
    fn new(role: Role, kind: Option<TransportKind>, init: Vec<u8>) -> Self {
        Self {
            role,
            kind,
            max_frame_len: DEFAULT_MAX_FRAME_LEN,
            send_seq: 0,
            recv_seq: 0,
            init,
            rx: Vec::new(),
            rx_start: 0,
            obfuscation: None,
            proxy_secret: None,
        }
    }

    /// A client transport of `kind`; its tag goes out with the first frame.
    pub fn client(kind: TransportKind) -> Self {
        Self::new(Role::Client, Some(kind), kind.tag().to_vec())
    }

    /// A client transport of `kind` wrapped in obfuscated2, from 64 random bytes (redraw
    /// on [`TransportError::HeaderRandomRejected`]). `secret` and `dc_id` are for MTProxy
    /// (the DC id goes into the header: +10000 for test DCs, negative for media).
    ///
    /// ```
    /// use mtrs_proto::transport::{Incoming, Transport, TransportKind};
    /// let mut client = Transport::client_obfuscated(TransportKind::Intermediate, &[7; 64], None, None)?;
    /// let mut server = Transport::server();
    /// let mut wire = Vec::new();
    /// client.encode(&[1, 2, 3, 4, 5, 6, 7, 8], false, &[], &mut wire)?;
    /// assert_eq!(wire.len(), 64 + 12);
    /// server.push_received(&wire)?;
    /// assert_eq!(server.kind(), Some(TransportKind::Intermediate));
    /// let Some(Incoming::Frame { payload, .. }) = server.next_incoming()? else { panic!() };
    /// assert_eq!(payload, &[1, 2, 3, 4, 5, 6, 7, 8]);
    /// # Ok::<(), mtrs_proto::TransportError>(())
    /// ```
    pub fn client_obfuscated(
        kind: TransportKind,
        random: &[u8; 64],
        secret: Option<&[u8; 16]>,
        dc_id: Option<i16>,
    ) -> Result<Self, TransportError> {
        let tag = kind
            .obfuscated_tag()
            .ok_or(TransportError::NotObfuscatable { kind })?;
        let (header, streams) = obfuscated::client_header(random, tag, dc_id, secret)
            .map_err(|_| TransportError::HeaderRandomRejected)?;
        let mut t = Self::new(Role::Client, Some(kind), header.to_vec());
        t.obfuscation = Some(streams);
        Ok(t)
    }

    /// A server transport that detects the client's transport from its first bytes.
    pub fn server() -> Self {
        Self::new(Role::Server, None, Vec::new())
    }

    /// A server transport for MTProxy clients: obfuscated2 headers must be keyed with
    /// `secret`. Plain transports are still detected.
    pub fn server_with_secret(secret: [u8; 16]) -> Self {
        let mut t = Self::server();
        t.proxy_secret = Some(secret);
        t
    }

    /// Whether the stream is obfuscated2.
    pub fn is_obfuscated(&self) -> bool {
        self.obfuscation.is_some()
    }

    /// Sets the largest payload accepted or produced (default [`DEFAULT_MAX_FRAME_LEN`]).
    pub fn set_max_frame_len(&mut self, max: usize) -> &mut Self {
        self.max_frame_len = max;
        self
    }

    /// This end's role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The transport in use; `None` while a server is still detecting it.
    pub fn kind(&self) -> Option<TransportKind> {
        self.kind
    }

    /// Appends one frame carrying `payload` to `out` (preceded, the first time, by the
    /// client's tag).
    ///
    /// `quick_ack` asks the server for a quick ack (client role; the full transport has no
    /// such flag and ignores it). `padding` is the random tail for padded intermediate
    /// (at most [`MAX_PADDING`] bytes); the other transports ignore it.
    pub fn encode(
        &mut self,
        payload: &[u8],
        quick_ack: bool,
        padding: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), TransportError> {
        let kind = self.kind.ok_or(TransportError::NotDetected)?;
        if quick_ack && self.role == Role::Server {
            return Err(TransportError::WrongRole { role: self.role });
        }
        let start = out.len();
        out.append(&mut self.init);
        let frame_start = out.len();
        let result = match kind {
            TransportKind::Abridged => {
                abridged::encode(payload, quick_ack, self.max_frame_len, out)
            }
            TransportKind::Intermediate => {
                intermediate::encode(payload, quick_ack, self.max_frame_len, out)
            }
            TransportKind::PaddedIntermediate => {
                padded::encode(payload, quick_ack, padding, self.max_frame_len, out)
            }
            TransportKind::Full => full::encode(payload, self.send_seq, self.max_frame_len, out),
        };
        if let Err(e) = result {
            // Put the unsent tag back so the next attempt still opens with it.
            self.init.extend_from_slice(&out[start..]);
            out.truncate(start);
            return Err(e);
        }
        if kind == TransportKind::Full {
            self.send_seq = self.send_seq.wrapping_add(1);
        }
        self.obfuscate(frame_start, out);
        Ok(())
    }

    /// Encrypts `out[from..]` with the send stream, if obfuscated.
    fn obfuscate(&mut self, from: usize, out: &mut [u8]) {
        if let (Some(streams), Some(tail)) = (&mut self.obfuscation, out.get_mut(from..)) {
            streams.encrypt.apply(tail);
        }
    }

    /// Appends a quick-ack reply for `token` (server role). `padding` (at most 8 bytes) is
    /// used by padded intermediate only. The full transport has no quick acks: nothing is
    /// written.
    pub fn encode_quick_ack(
        &mut self,
        token: QuickAckToken,
        padding: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), TransportError> {
        if self.role != Role::Server {
            return Err(TransportError::WrongRole { role: self.role });
        }
        let start = out.len();
        match self.kind.ok_or(TransportError::NotDetected)? {
            TransportKind::Abridged => abridged::encode_quick_ack(token, out),
            TransportKind::Intermediate => intermediate::encode_quick_ack(token, out),
            TransportKind::PaddedIntermediate => padded::encode_quick_ack(token, padding, out)?,
            TransportKind::Full => {}
        }
        self.obfuscate(start, out);
        Ok(())
    }

    /// Appends a frame carrying the transport error `code` (server role).
    pub fn encode_error(
        &mut self,
        code: TransportErrorCode,
        out: &mut Vec<u8>,
    ) -> Result<(), TransportError> {
        if self.role != Role::Server {
            return Err(TransportError::WrongRole { role: self.role });
        }
        self.encode(&code.code().to_le_bytes(), false, &[], out)
    }

    /// Received bytes not yet returned by [`Transport::next_incoming`]: a partial frame (or
    /// the start of the stream while the transport is being detected). The buffer only
    /// ever holds bytes that arrived; a frame's declared length is never allocated ahead.
    pub fn buffered_len(&self) -> usize {
        self.rx.len().saturating_sub(self.rx_start)
    }

    /// Gives back receive-buffer memory beyond what the unconsumed bytes need (keeping a
    /// small working capacity); call it when the connection is idle, so a burst of large
    /// frames does not pin its peak allocation for the connection's lifetime.
    pub fn shrink_buffers(&mut self) {
        const KEEP: usize = 16 * 1024;
        if self.rx_start > 0 {
            self.rx.copy_within(self.rx_start.., 0);
            self.rx.truncate(self.rx.len() - self.rx_start);
            self.rx_start = 0;
        }
        if self.rx.capacity() > KEEP {
            self.rx.shrink_to(self.rx.len().max(KEEP));
        }
    }

    /// Takes received bytes (any chunk of the stream). A server detects the transport here.
    pub fn push_received(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        if self.rx_start > 0 {
            self.rx.copy_within(self.rx_start.., 0);
            self.rx.truncate(self.rx.len() - self.rx_start);
            self.rx_start = 0;
        }
        let from = self.rx.len();
        self.rx.extend_from_slice(bytes);
        if let (Some(streams), Some(fresh)) = (&mut self.obfuscation, self.rx.get_mut(from..)) {
            streams.decrypt.apply(fresh);
        }
        if self.kind.is_none() {
            match detect::detect(&self.rx) {
                detect::Detected::NeedMore => {}
                detect::Detected::Plain { kind, consumed } => {
                    self.kind = Some(kind);
                    self.rx_start = consumed;
                }
                detect::Detected::Obfuscated(header) => {
                    let accepted = obfuscated::server_accept(&header, self.proxy_secret.as_ref())
                        .map_err(|_| TransportError::UnknownObfuscatedTag {
                        tag: [header[56], header[57], header[58], header[59]],
                    })?;
                    let kind = match accepted.tag {
                        obfuscated::TAG_ABRIDGED => TransportKind::Abridged,
                        obfuscated::TAG_INTERMEDIATE => TransportKind::Intermediate,
                        _ => TransportKind::PaddedIntermediate,
                    };
                    let mut streams = accepted.streams;
                    if let Some(rest) = self.rx.get_mut(detect::OBFUSCATED_HEADER_LEN..) {
                        streams.decrypt.apply(rest);
                    }
                    self.obfuscation = Some(streams);
                    self.kind = Some(kind);
                    self.rx_start = detect::OBFUSCATED_HEADER_LEN;
                }
            }
        }
        Ok(())
    }

    /// The next complete item from the received bytes; `Ok(None)` when more bytes are
    /// needed. An error means the stream is corrupt and the connection must be closed.
    pub fn next_incoming(&mut self) -> Result<Option<Incoming<'_>>, TransportError> {
        let Some(kind) = self.kind else {
            return Ok(None);
        };
        let buf = self.rx.get(self.rx_start..).unwrap_or_default();
        let decoded = kind.decode(buf, self.role, self.recv_seq, self.max_frame_len)?;
        let base = self.rx_start;
        match decoded {
            Decoded::NeedMore { .. } => Ok(None),
            Decoded::QuickAck { token, consumed } => {
                self.rx_start += consumed;
                Ok(Some(Incoming::QuickAck(token)))
            }
            Decoded::TransportError { code, consumed } => {
                self.rx_start += consumed;
                self.bump_recv_seq(kind);
                Ok(Some(Incoming::Error(code)))
            }
            Decoded::Frame {
                payload,
                consumed,
                quick_ack_requested,
                ..
            } => {
                self.rx_start += consumed;
                self.bump_recv_seq(kind);
                let range = base + payload.start..base + payload.end;
                // The codec returned a range inside `buf`, itself inside `rx`.
                let payload = self.rx.get_mut(range).unwrap_or_default();
                Ok(Some(Incoming::Frame {
                    payload,
                    quick_ack_requested,
                }))
            }
        }
    }

    fn bump_recv_seq(&mut self, kind: TransportKind) {
        if kind == TransportKind::Full {
            self.recv_seq = self.recv_seq.wrapping_add(1);
        }
    }
}

#[cfg(test)]
mod tests;
