//! The error type of every fallible operation in this crate.

/// What went wrong in a cryptographic operation.
///
/// Variants carry lengths and small public numbers only; never key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A block-cipher buffer whose length is not a multiple of the 16-byte AES block.
    #[error("{what}: length {len} is not a multiple of 16")]
    NotBlockAligned {
        /// Which buffer.
        what: &'static str,
        /// Its length in bytes.
        len: usize,
    },
    /// An input of the wrong size.
    #[error("{what}: expected {expected} bytes, got {got}")]
    InvalidLength {
        /// Which input.
        what: &'static str,
        /// The required length (or the maximum, see the message of the call that failed).
        expected: usize,
        /// The length that was passed.
        got: usize,
    },
    /// An input longer than allowed.
    #[error("{what}: at most {max} bytes allowed, got {got}")]
    TooLong {
        /// Which input.
        what: &'static str,
        /// The maximum length.
        max: usize,
        /// The length that was passed.
        got: usize,
    },
    /// A decrypted MTProto message whose recomputed `msg_key` differs from the one received.
    #[error("msg_key mismatch: message corrupted or forged")]
    MsgKeyMismatch,
    /// A hash inside decrypted data does not match the data.
    #[error("{what} mismatch")]
    HashMismatch {
        /// Which hash.
        what: &'static str,
    },
    /// 64 random bytes that may not start an obfuscated connection; draw new ones.
    #[error("obfuscated2 header rejected: draw new random bytes")]
    ObfuscatedInitRejected,
    /// An obfuscated2 header whose decrypted transport tag is unknown.
    #[error("obfuscated2 header carries unknown transport tag {tag:02x?}")]
    ObfuscatedBadTag {
        /// The decrypted bytes 56..60.
        tag: [u8; 4],
    },
    /// A `pq` that is not a product of two numbers greater than 1.
    #[error("pq {pq} is not composite")]
    PqNotComposite {
        /// The number received.
        pq: u64,
    },
    /// A Telegram Desktop encrypted block that does not decrypt to a valid plaintext (wrong
    /// key or passcode, or a corrupted file).
    #[error("tdesktop local block: {reason}")]
    LocalDecrypt {
        /// Which check failed.
        reason: LocalDecryptFailure,
    },
}

/// Why a Telegram Desktop local block was rejected (see [`Error::LocalDecrypt`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LocalDecryptFailure {
    /// The block is not longer than 16 bytes or its length is not `16 + 16·k`.
    #[error("encrypted length {len} is not 16 + a positive multiple of 16")]
    BadLength {
        /// Length of the whole block (msg_key included).
        len: usize,
    },
    /// SHA1 of the decrypted data does not start with the stored msg_key: wrong key or
    /// passcode, or corruption.
    #[error("checksum mismatch (wrong key/passcode or corrupted data)")]
    ChecksumMismatch,
    /// The length prefix inside the plaintext is impossible for the decrypted size.
    #[error("inner length {declared} does not fit the {decrypted} decrypted bytes")]
    BadInnerLength {
        /// The declared length (`4 + payload`).
        declared: u32,
        /// The number of decrypted bytes.
        decrypted: usize,
    },
}
