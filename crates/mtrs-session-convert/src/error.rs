//! [`ConvertError`]: everything that can go wrong while reading or writing a session.

use std::fmt;
use std::path::PathBuf;

use crate::Format;

/// Why a session could not be imported or exported.
///
/// Every variant carries structured fields (the format, the field, the sizes involved) and
/// never any byte of an auth key or of the session string itself: errors are safe to log.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConvertError {
    /// The input was empty (or only whitespace): "no session" is never a session.
    #[error("empty input: there is no session in it")]
    Empty,
    /// A character outside both base64 alphabets.
    #[error("{format}: invalid base64 character at offset {offset}")]
    Base64 {
        /// Format being decoded.
        format: Format,
        /// Character offset of the first offending character in the encoded text.
        offset: usize,
    },
    /// Base64 padding that is missing where required, or wrong.
    #[error("{format}: base64 padding {problem}")]
    Padding {
        /// Format being decoded.
        format: Format,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A version marker this crate does not know.
    #[error("{format}: unsupported version {found}")]
    Version {
        /// Format being decoded.
        format: Format,
        /// The version found (a character or a number, rendered as text).
        found: String,
    },
    /// The decoded payload has a length no layout of the format has.
    #[error("{format}: payload is {got} bytes, expected {expected}")]
    Length {
        /// Format being decoded.
        format: Format,
        /// Decoded length.
        got: usize,
        /// The lengths the format allows, as text.
        expected: &'static str,
    },
    /// The input ends in the middle of a field.
    #[error("{format}: input ends inside field `{field}`")]
    Truncated {
        /// Format being decoded.
        format: Format,
        /// The field that could not be read completely.
        field: &'static str,
    },
    /// Bytes left over after the last field.
    #[error("{format}: {extra} unexpected bytes after the last field")]
    TrailingBytes {
        /// Format being decoded.
        format: Format,
        /// How many bytes were left.
        extra: usize,
    },
    /// A field holds a value the format does not allow.
    #[error("{format}: field `{field}` is invalid: {reason}")]
    InvalidField {
        /// Format being decoded or encoded.
        format: Format,
        /// The field.
        field: &'static str,
        /// Why it is rejected.
        reason: &'static str,
    },
    /// An integrity check failed: checksum, MD5, or a decrypted block that does not verify.
    #[error("{format}: corrupt data: {reason}")]
    Corrupt {
        /// Format being decoded.
        format: Format,
        /// Which check failed.
        reason: &'static str,
    },
    /// An export needs a field the session does not have.
    #[error("{format}: cannot export without `{field}`: {why}")]
    Missing {
        /// Target format.
        format: Format,
        /// The missing field.
        field: &'static str,
        /// Why the target needs it.
        why: &'static str,
    },
    /// A well-formed input using a feature this crate does not implement.
    #[error("{format}: unsupported: {what}")]
    Unsupported {
        /// Format being decoded.
        format: Format,
        /// What is not supported.
        what: &'static str,
    },
    /// A tdata folder was read with the wrong passcode (or its key file is damaged).
    #[error("tdata: wrong passcode (or a damaged key_data file)")]
    WrongPasscode,
    /// The requested tdata account is not listed in `key_datas`.
    #[error("tdata: account index {index} not found; the folder lists {available:?}")]
    NoSuchAccount {
        /// The index asked for.
        index: u8,
        /// Every account index the folder lists.
        available: Vec<u8>,
    },
    /// A required file is absent (tdata looks for the `s`, `0` and `1` variants).
    #[error("{format}: missing file {name} in {dir}")]
    MissingFile {
        /// Format being read.
        format: Format,
        /// Folder searched.
        dir: PathBuf,
        /// The base name looked for (without suffix).
        name: String,
    },
    /// A field holds a value the format does not allow; the value is shown escaped (every
    /// non-printable character as `\u{…}`) and cut to a bounded length.
    #[error("{format}: field `{field}` = \"{value}\" is invalid: {reason}")]
    InvalidValue {
        /// Format being decoded or encoded.
        format: Format,
        /// The field.
        field: &'static str,
        /// The offending value, escaped and bounded (never a key or a session string).
        value: String,
        /// Why it is rejected.
        reason: &'static str,
    },
    /// The input was read as `given` but is a session of another format.
    #[error("the input is not a {given} session: it looks like {looks_like}")]
    WrongFormat {
        /// The format the caller asked for.
        given: Format,
        /// The format the input actually parses as.
        looks_like: Format,
    },
    /// What was encoded does not decode again; nothing was written.
    #[error("{format}: the encoded session does not read back ({source}); nothing written")]
    RoundTrip {
        /// The format encoded.
        format: Format,
        /// Why decoding the encoded form failed.
        #[source]
        source: Box<ConvertError>,
    },
    /// A path is neither a regular file nor a folder (a FIFO, a socket, a device); it is
    /// never opened.
    #[error("{}: is a {kind}, not a {expected}", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is (`FIFO`, `socket`, `character device`, `block device`, `folder`, …).
        kind: &'static str,
        /// What was expected there (`regular file`, `regular file or folder`, `folder`).
        expected: &'static str,
    },
    /// The input matched no format; lists what it resembled and why each was rejected.
    #[error("{}", Unrecognized(.tried))]
    Unrecognized {
        /// Every format the input resembled, with the reason it was rejected (empty when it
        /// resembled none).
        tried: Vec<Rejection>,
    },
    /// A file-system operation failed.
    #[error("{op} {}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The operation (`read`, `write`, `create dir`, ...).
        op: &'static str,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// SQLite reported an error while reading or writing a `.session` file.
    #[error("{format}: SQLite error on {}: {source}", path.display())]
    Sqlite {
        /// `telethon-file` or `pyrogram-file`.
        format: Format,
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
}

/// One format an unrecognised input resembled, and why it was rejected.
#[derive(Debug)]
pub struct Rejection {
    /// The format the input resembled.
    pub format: Format,
    /// Why the input is not a valid session of that format.
    pub error: Box<ConvertError>,
}

struct Unrecognized<'a>(&'a [Rejection]);

impl fmt::Display for Unrecognized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("unrecognised session: the input resembles no known format");
        }
        f.write_str("unrecognised session; it resembled ")?;
        for (i, r) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{} (rejected: {})", r.format, r.error)?;
        }
        Ok(())
    }
}

impl ConvertError {
    /// For an [`Unrecognized`](ConvertError::Unrecognized) error, the formats the input
    /// resembled; empty for any other error.
    pub fn resembled(&self) -> Vec<Format> {
        match self {
            ConvertError::Unrecognized { tried } => tried.iter().map(|r| r.format).collect(),
            _ => Vec::new(),
        }
    }
}

pub(crate) fn io(
    path: impl Into<PathBuf>,
    op: &'static str,
    source: std::io::Error,
) -> ConvertError {
    ConvertError::Io {
        path: path.into(),
        op,
        source,
    }
}
