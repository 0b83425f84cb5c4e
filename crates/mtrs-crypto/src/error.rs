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
    /// `dh_prime` is not a 2048-bit number (`2^2047 < p < 2^2048` is required).
    #[error("dh_prime has {bits} bits, expected 2048")]
    DhPrimeSize {
        /// Its bit length.
        bits: u32,
    },
    /// `dh_prime` is not prime.
    #[error("dh_prime is not prime")]
    DhPrimeNotPrime,
    /// `dh_prime` is (probably) prime but `(dh_prime − 1) / 2` is not: not a safe prime.
    #[error("dh_prime is not a safe prime")]
    DhPrimeNotSafe,
    /// `g` is not in 2..=7.
    #[error("DH generator g = {g} is outside 2..=7")]
    DhGeneratorOutOfRange {
        /// The generator received.
        g: i32,
    },
    /// `g` does not generate the subgroup of order `(p − 1) / 2` (its residue condition on
    /// `dh_prime` fails).
    #[error("DH generator g = {g} fails its residue condition for this dh_prime")]
    DhGeneratorResidue {
        /// The generator.
        g: u32,
    },
    /// A DH public value outside `1 < v < dh_prime − 1`.
    #[error("{} is outside 1 < v < dh_prime - 1", value.name())]
    DhValueOutOfRange {
        /// Which value.
        value: crate::dh::DhValue,
    },
    /// A DH public value outside the safety range `[2^1984, dh_prime − 2^1984]`.
    #[error("{} is outside [2^1984, dh_prime - 2^1984]", value.name())]
    DhValueUnsafe {
        /// Which value.
        value: crate::dh::DhValue,
    },
    /// An SRP value outside `1 < v < p − 1`.
    #[error("SRP value {} is outside 1 < v < p - 1", value.name())]
    SrpValueOutOfRange {
        /// Which value.
        value: crate::srp::SrpValue,
    },
    /// An SRP value outside the safety range `[2^1984, p − 2^1984]`.
    #[error("SRP value {} is outside [2^1984, p - 2^1984]", value.name())]
    SrpValueUnsafe {
        /// Which value.
        value: crate::srp::SrpValue,
    },
    /// The caller's own SRP secret (`a` or `b`) gives an unusable public value or `u = 0`:
    /// draw a new one.
    #[error("SRP secret rejected: draw a new random secret")]
    SrpSecretRejected,
    /// The client's `M1` does not match (a wrong password, or a forged proof).
    #[error("SRP proof M1 does not match")]
    SrpProofMismatch,
    /// A modulus that is even or zero (Montgomery arithmetic needs an odd one).
    #[error("modulus is even or zero")]
    EvenModulus,
    /// An RSA key with unusable numbers.
    #[error("unusable RSA key: {reason}")]
    RsaBadKey {
        /// What is wrong.
        reason: &'static str,
    },
    /// A PEM/DER text that is not an RSA public key.
    #[error("bad RSA PEM: {reason}")]
    RsaBadPem {
        /// What is wrong.
        reason: &'static str,
    },
    /// The `RSA_PAD` value is not below the modulus: call again with a new random `temp_key`.
    #[error("RSA_PAD value not below the modulus: retry with a new temp_key")]
    RsaPadRetry,
    /// An RSA ciphertext that is not below the modulus.
    #[error("RSA ciphertext is not below the modulus")]
    RsaCiphertextOutOfRange,
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
