//! The error type of deserialization.

use std::fmt;

/// Why bytes could not be read as a TL value.
///
/// Deserialization never panics: every malformed input ends in one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeserializeError {
    /// The input ended before the value did.
    UnexpectedEof {
        /// Offset (in bytes from the start of the input) of the read that failed.
        offset: usize,
        /// How many bytes that read needed.
        needed: usize,
    },
    /// A constructor id that the expected type does not have.
    UnknownConstructor {
        /// The id read from the wire.
        id: u32,
        /// The TL type that was expected (for example `"User"`).
        expected: &'static str,
    },
    /// A vector or string length that cannot fit in the remaining input.
    InvalidLength {
        /// The length read from the wire.
        len: u64,
        /// Offset of the length prefix.
        offset: usize,
    },
    /// Objects nested deeper than [`crate::MAX_DEPTH`].
    TooDeep,
    /// [`crate::Deserialize::from_bytes`] read a whole value but bytes were left over.
    TrailingBytes {
        /// How many bytes were left.
        count: usize,
    },
}

impl fmt::Display for DeserializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnexpectedEof { offset, needed } => {
                write!(
                    f,
                    "unexpected end of input at offset {offset} (needed {needed} bytes)"
                )
            }
            Self::UnknownConstructor { id, expected } => {
                write!(f, "unknown constructor id {id:#010x} for type {expected}")
            }
            Self::InvalidLength { len, offset } => {
                write!(f, "invalid length {len} at offset {offset}")
            }
            Self::TooDeep => write!(f, "objects nested deeper than {}", crate::MAX_DEPTH),
            Self::TrailingBytes { count } => write!(f, "{count} trailing bytes after the value"),
        }
    }
}

impl std::error::Error for DeserializeError {}
