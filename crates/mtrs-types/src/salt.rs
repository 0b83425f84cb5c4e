//! Server salts.

use std::fmt;

use crate::UnixTime;

/// A 64-bit server salt. A salt belongs to the auth key and changes about every 30 minutes.
///
/// ```
/// use mtrs_types::Salt;
/// assert_eq!(format!("{:?}", Salt(255)), "Salt(00000000000000ff)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Salt(pub i64);

impl fmt::Debug for Salt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Salt({:016x})", self.0)
    }
}

/// One server salt and the window in which the server accepts it (`future_salt` in the
/// MTProto spec). Times are the *server's* unix seconds.
///
/// ```
/// use mtrs_types::{Salt, ServerSalt, UnixTime};
/// let s = ServerSalt { salt: Salt(7), valid_since: UnixTime(100), valid_until: UnixTime(1900) };
/// assert!(s.is_valid_at(UnixTime(100)) && !s.is_valid_at(UnixTime(1900)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ServerSalt {
    /// The salt value.
    pub salt: Salt,
    /// First moment the salt is valid (server time).
    pub valid_since: UnixTime,
    /// Moment from which the salt is no longer accepted (server time).
    pub valid_until: UnixTime,
}

impl ServerSalt {
    /// Whether the server accepts the salt at `server_now`.
    pub fn is_valid_at(&self, server_now: UnixTime) -> bool {
        self.valid_since <= server_now && server_now < self.valid_until
    }
}
