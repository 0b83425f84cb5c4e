//! TL `string`, kept losslessly.

use std::borrow::Cow;
use std::fmt;

use crate::{Deserialize, DeserializeError, Reader, Serialize};

/// A TL `string`: the exact bytes from the wire, usually (not always) UTF-8.
///
/// **Decision (invalid UTF-8):** TL's `string` is a byte string on the wire and Telegram has
/// been seen sending invalid UTF-8 (cut multi-byte sequences in old messages, for example). A
/// `String` would have to reject such a message or replace bytes (`U+FFFD`), and then the value
/// no longer re-serializes to the bytes it came from. `TlString` keeps the raw bytes, so
/// deserialization never fails on encoding and `bytes → value → bytes` is exact. Reading text
/// is explicit: [`TlString::as_str`] (`None` when invalid), [`TlString::to_str_lossy`], or
/// comparison with `&str`. Reading also skips UTF-8 validation, which is faster.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TlString(Vec<u8>);

impl TlString {
    /// An empty string.
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// Wraps raw bytes as they would appear on the wire (need not be UTF-8).
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The raw bytes, by value.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    /// The text, if the bytes are valid UTF-8.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }

    /// The text, with each invalid sequence replaced by `U+FFFD`.
    pub fn to_str_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.0)
    }

    /// The text as a `String`, or the bytes back when they are not UTF-8.
    pub fn into_string(self) -> Result<String, Vec<u8>> {
        String::from_utf8(self.0).map_err(|e| e.into_bytes())
    }

    /// Whether the string has no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl fmt::Debug for TlString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            Some(s) => fmt::Debug::fmt(s, f),
            None => write!(f, "TlString(invalid UTF-8: {:02x?})", self.0),
        }
    }
}

impl fmt::Display for TlString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_str_lossy(), f)
    }
}

impl From<&str> for TlString {
    fn from(s: &str) -> Self {
        Self(s.as_bytes().to_vec())
    }
}

impl From<String> for TlString {
    fn from(s: String) -> Self {
        Self(s.into_bytes())
    }
}

impl From<&String> for TlString {
    fn from(s: &String) -> Self {
        Self(s.as_bytes().to_vec())
    }
}

impl PartialEq<str> for TlString {
    fn eq(&self, other: &str) -> bool {
        self.0 == other.as_bytes()
    }
}

impl PartialEq<&str> for TlString {
    fn eq(&self, other: &&str) -> bool {
        self.0 == other.as_bytes()
    }
}

impl PartialEq<TlString> for &str {
    fn eq(&self, other: &TlString) -> bool {
        self.as_bytes() == other.0
    }
}

impl Serialize for TlString {
    fn serialize(&self, buf: &mut Vec<u8>) {
        crate::write_tl_bytes(buf, &self.0);
    }
}

impl Deserialize for TlString {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.read_tl_bytes().map(|b| Self(b.to_vec()))
    }
}
