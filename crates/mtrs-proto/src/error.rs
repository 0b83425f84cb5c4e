//! The error types of `mtrs-proto`.
//!
//! [`enum@Error`] groups the categories: a corrupt byte stream ([`TransportError`]), a
//! rejected packet ([`PacketError`]), a protocol violation inside an authentic packet
//! ([`ProtocolError`]) and a failed key exchange ([`AuthError`]). No variant carries key
//! material.

use mtrs_crypto::AuthKeyId;
use mtrs_tl::DeserializeError;
use thiserror::Error;

pub use crate::auth::AuthError;
use crate::msg_id::MsgId;
use crate::seq_no::SeqNo;
use crate::session_id::SessionId;
pub use crate::transport::TransportError;

/// Any error of this crate.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The byte stream is corrupt.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// A packet failed a security check and was discarded.
    #[error(transparent)]
    Packet(#[from] PacketError),
    /// The peer broke the protocol inside an authentic packet.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    /// The auth key exchange failed.
    #[error(transparent)]
    Auth(#[from] AuthError),
}

impl Error {
    /// Whether the connection should be closed (and the key exchange or session
    /// possibly redone). Non-fatal errors only mean one packet was dropped.
    pub fn is_fatal(&self) -> bool {
        match self {
            Self::Transport(_) => true,
            Self::Packet(e) => e.is_fatal(),
            Self::Protocol(e) => e.is_fatal(),
            Self::Auth(_) => true,
        }
    }
}

/// A received MTProto packet rejected by the checks of the security guidelines. Nothing of
/// it was used.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum PacketError {
    /// Shorter than the smallest valid packet.
    #[error("packet of {len} bytes is shorter than the minimum of {min}")]
    TooShort {
        /// Its length.
        len: usize,
        /// The minimum.
        min: usize,
    },
    /// Encrypted with another auth key (or plain where encrypted was expected).
    #[error("packet for auth key {got}, expected {expected}")]
    UnexpectedAuthKeyId {
        /// This connection's key id.
        expected: AuthKeyId,
        /// The key id the packet carries.
        got: AuthKeyId,
    },
    /// A plain message where only encrypted ones are accepted, or the reverse.
    #[error("unexpected {} message", if *.plain { "plain" } else { "encrypted" })]
    UnexpectedKind {
        /// Whether the packet was plain.
        plain: bool,
    },
    /// The msg_key recomputed from the decrypted plaintext differs from the packet's.
    #[error("msg_key mismatch")]
    MsgKeyMismatch,
    /// The inner length field points past the plaintext or is not a multiple of 4.
    #[error("message length {declared} does not fit the {available} bytes available")]
    BadLength {
        /// The length field.
        declared: u32,
        /// Bytes after the header.
        available: usize,
    },
    /// The padding after the message is outside 12..=1024 bytes.
    #[error("padding of {len} bytes is outside 12..=1024")]
    BadPadding {
        /// The padding length.
        len: usize,
    },
    /// The message belongs to another session.
    #[error("message for session {got:?}, expected {expected:?}")]
    WrongSessionId {
        /// This connection's session.
        expected: SessionId,
        /// The session the message names.
        got: SessionId,
    },
    /// The msg_id has the wrong parity for its sender (or zero low bits).
    #[error("msg_id {msg_id:?} has the wrong parity for its sender")]
    BadMsgIdParity {
        /// The id.
        msg_id: MsgId,
    },
    /// The msg_id lies more than 30 s in the future.
    #[error("msg_id {msg_id:?} is too far in the future")]
    MsgIdTooNew {
        /// The id.
        msg_id: MsgId,
    },
    /// The msg_id lies more than 300 s in the past.
    #[error("msg_id {msg_id:?} is too old")]
    MsgIdTooOld {
        /// The id.
        msg_id: MsgId,
    },
    /// The msg_id was received before (a replay or duplicate).
    #[error("msg_id {msg_id:?} was already received")]
    DuplicateMsgId {
        /// The id.
        msg_id: MsgId,
    },
    /// The msg_id is below every id in the window of remembered ids.
    #[error("msg_id {msg_id:?} is below the window of remembered ids")]
    MsgIdBelowWindow {
        /// The id.
        msg_id: MsgId,
    },
}

impl PacketError {
    /// Whether the connection should be closed. Forged, corrupt or misrouted packets are
    /// fatal (the guidelines advise reconnecting); duplicates and late packets are not.
    pub fn is_fatal(&self) -> bool {
        !matches!(
            self,
            Self::DuplicateMsgId { .. }
                | Self::MsgIdBelowWindow { .. }
                | Self::MsgIdTooOld { .. }
                | Self::MsgIdTooNew { .. }
        )
    }
}

/// The peer broke the protocol inside an authentic packet.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProtocolError {
    /// A body could not be parsed as the TL object it claims to be.
    #[error("malformed {context}: {error}")]
    Malformed {
        /// What was being parsed.
        context: &'static str,
        /// Why it failed.
        error: DeserializeError,
    },
    /// A `gzip_packed` object that does not inflate.
    #[error("corrupt gzip_packed data")]
    BadGzip,
    /// A `gzip_packed` object that inflates past the configured limit.
    #[error("gzip_packed data inflates past {limit} bytes")]
    GzipTooLarge {
        /// The limit.
        limit: usize,
    },
    /// A `msg_container` that breaks the container rules.
    #[error("invalid msg_container {container:?}: {problem}")]
    InvalidContainer {
        /// The container's msg_id.
        container: MsgId,
        /// Which rule it breaks.
        problem: &'static str,
    },
    /// A `bad_msg_notification` whose code no resend can fix (18, 19, 34, 35, or unknown).
    #[error("bad_msg_notification {code} for {bad_msg_id:?}")]
    FatalBadMsg {
        /// The error code.
        code: i32,
        /// The message it refers to.
        bad_msg_id: MsgId,
    },
    /// The seq_no's parity does not match whether the message is content-related.
    #[error("seq_no {seq_no:?} of {msg_id:?} has the wrong parity for its content")]
    BadSeqNo {
        /// The message's id.
        msg_id: MsgId,
        /// Its seq_no.
        seq_no: SeqNo,
    },
    /// An operation that belongs to the other role (e.g. `respond` on a client).
    #[error("not available in the {role:?} role")]
    WrongRole {
        /// This connection's role.
        role: crate::transport::Role,
    },
}

impl ProtocolError {
    /// Whether the connection should be closed. Every protocol violation is.
    pub fn is_fatal(&self) -> bool {
        !matches!(self, Self::WrongRole { .. })
    }
}
