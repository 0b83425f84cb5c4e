//! The 64-bit MTProto session id.

use std::fmt;

/// The random 64-bit id a client picks for one live session on an auth key.
///
/// Messages of one session are never delivered into another.
///
/// ```
/// use mtrs_proto::SessionId;
/// let id = SessionId::from_random(&[1, 2, 3, 4, 5, 6, 7, 8]);
/// assert_eq!(id.0.to_le_bytes(), [1, 2, 3, 4, 5, 6, 7, 8]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SessionId(pub i64);

impl SessionId {
    /// A session id from 8 random bytes supplied by the caller.
    pub fn from_random(bytes: &[u8; 8]) -> Self {
        Self(i64::from_le_bytes(*bytes))
    }
}

impl fmt::Debug for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SessionId({:016x})", self.0)
    }
}
